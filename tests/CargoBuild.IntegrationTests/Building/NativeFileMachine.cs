using System.IO.Compression;
using System.Runtime.InteropServices;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// The machine a shipped native file was built for, read from its header as the loader reads it: ELF's e_machine,
/// or a PE file's COFF Machine. Names like file(1): "ELF x86-64", "ELF aarch64", "PE x86-64".
/// </summary>
public static class NativeFileMachine
{
    /// <summary>What a library built for the host (Linux) reads as.</summary>
    public static string Host => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "ELF aarch64" : "ELF x86-64";

    public static string Of(string path) => Of(File.ReadAllBytes(path));

    /// <summary>Each native file of a package (under runtimes/), in order, with its machine.</summary>
    public static List<(string Entry, string Machine)> InPackage(string packagePath)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        return [.. archive.Entries
            .Where(entry => entry.FullName.StartsWith("runtimes/", StringComparison.Ordinal))
            .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
            .Select(entry => (entry.FullName, Of(Read(entry))))];
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public static string Of(byte[] file)
    {
        if (file.Length > 20 && file[0] == 0x7F && file[1] == (byte)'E' && file[2] == (byte)'L' && file[3] == (byte)'F')
        {
            // e_machine follows e_ident (16 bytes) and e_type (2), little-endian on every target tested here.
            return BitConverter.ToUInt16(file, 18) switch
            {
                0x3E => "ELF x86-64",
                0xB7 => "ELF aarch64",
                0x03 => "ELF x86",
                var other => $"ELF machine 0x{other:X}",
            };
        }

        if (file.Length > 0x40 && file[0] == (byte)'M' && file[1] == (byte)'Z')
        {
            var header = BitConverter.ToInt32(file, 0x3C);
            if (header + 6 <= file.Length && file[header] == (byte)'P' && file[header + 1] == (byte)'E' && file[header + 2] == 0 && file[header + 3] == 0)
            {
                return BitConverter.ToUInt16(file, header + 4) switch
                {
                    0x8664 => "PE x86-64",
                    0xAA64 => "PE aarch64",
                    0x014C => "PE x86",
                    var other => $"PE machine 0x{other:X}",
                };
            }
        }

        return "not an ELF or PE file";
    }
}
