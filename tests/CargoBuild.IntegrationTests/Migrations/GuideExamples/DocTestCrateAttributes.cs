namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>
/// The crate attributes rustdoc puts on every doc test of a crate, from its <c>#![doc(test(attr(...)))]</c>: PyO3's
/// own (deny warnings, rust_2018_idioms, ...), so a deprecation fails its guide examples as it fails PyO3's doc tests.
/// </summary>
public static class DocTestCrateAttributes
{
    private const string Opening = "#![doc(test(attr(";

    /// <summary>One <c>#![...]</c> line per attribute of the crate root's doc-test settings; none when it has none.</summary>
    public static IReadOnlyList<string> Read(string crateRootSource)
    {
        var start = crateRootSource.IndexOf(Opening, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var attributes = new List<string>();
        var depth = 0;
        var current = new System.Text.StringBuilder();
        foreach (var line in crateRootSource[(start + Opening.Length)..].Split('\n'))
        {
            var code = line.Split("//")[0];
            foreach (var character in code)
            {
                if (depth == 0 && character is ',' or ')')
                {
                    Flush();
                    if (character == ')')
                    {
                        return attributes;
                    }

                    continue;
                }

                depth += character switch { '(' => 1, ')' => -1, _ => 0 };
                current.Append(character);
            }

            current.Append(' ');
        }

        throw new FormatException("#![doc(test(attr(...))) is not closed.");

        void Flush()
        {
            var attribute = string.Join(' ', current.ToString().Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
            if (attribute.Length > 0)
            {
                attributes.Add($"#![{attribute}]");
            }

            current.Clear();
        }
    }
}
