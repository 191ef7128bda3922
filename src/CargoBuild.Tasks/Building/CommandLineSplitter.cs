using System.Text;

namespace CargoBuild.Building;

/// <summary>Splits a user's extra cargo arguments (CargoArgs) the way a POSIX shell splits words, with quotes.</summary>
internal static class CommandLineSplitter
{
    public static IReadOnlyList<string> Split(string? commandLine)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(commandLine))
        {
            return words;
        }

        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var character in commandLine!)
        {
            if (quote is { } open)
            {
                if (character == open)
                {
                    quote = null;
                }
                else
                {
                    word.Append(character);
                }
            }
            else if (character is '"' or '\'')
            {
                quote = character;
                inWord = true;
            }
            else if (char.IsWhiteSpace(character))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(character);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
