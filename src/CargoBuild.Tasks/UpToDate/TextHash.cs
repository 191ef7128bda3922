using System.Security.Cryptography;
using System.Text;

namespace CargoBuild.UpToDate;

/// <summary>
/// The hash CargoBuild keeps in obj/ instead of the text itself: the text may hold secrets from the environment
/// (a registry token), which a cryptographic hash does not give away.
/// </summary>
internal static class TextHash
{
    public static string Of(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
