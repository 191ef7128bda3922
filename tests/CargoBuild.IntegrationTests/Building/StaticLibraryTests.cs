using CargoBuild.IntegrationTests.Infrastructure;

namespace CargoBuild.IntegrationTests.Building;

/// <summary>
/// A staticlib crate links into a NativeAOT executable (the archive an input of the native link, its name a
/// DirectPInvoke, the system libraries Rust's standard library and the build scripts need on the link line); without NativeAOT the build
/// says what to do, since the runtime cannot load a static library.
/// </summary>
[Collection(IntegrationCollection.Name)]
public sealed class StaticLibraryTests(PackagedCargoBuild package)
{
    // The Rust functions format, allocate and start a thread through std, so the link needs what native-static-libs
    // names; salted_hash calls libcrypt, which only the build script asks for.
    private const string CrateSource = """
        use std::ffi::c_char;

        extern "C" {
            fn crypt(key: *const c_char, salt: *const c_char) -> *const c_char;
        }

        #[no_mangle]
        pub extern "C" fn salted_hash() -> *const c_char {
            unsafe { crypt(b"key\0".as_ptr() as *const c_char, b"ab\0".as_ptr() as *const c_char) }
        }

        #[no_mangle]
        pub extern "C" fn answer() -> i32 {
            42
        }

        #[no_mangle]
        pub extern "C" fn greeting(buffer: *mut c_char, length: usize) -> usize {
            let text = format!("hello from {} in a static library", "rust");
            let count = text.len().min(length);
            unsafe { std::ptr::copy_nonoverlapping(text.as_ptr() as *const c_char, buffer, count) };
            std::thread::spawn(|| ()).join().unwrap();
            count
        }
        """;

    private const string CallingProgram = """
        using System.Runtime.InteropServices;
        using System.Text;

        var buffer = new byte[64];
        var length = Native.Greeting(buffer, (nuint)buffer.Length);
        Console.WriteLine($"rust says {Native.Answer()}, {Encoding.UTF8.GetString(buffer, 0, (int)length)}");
        Console.WriteLine($"crypt says {Marshal.PtrToStringUTF8(Native.SaltedHash())}");

        static partial class Native
        {
            [LibraryImport("it_static", EntryPoint = "answer")]
            internal static partial int Answer();

            [DllImport("it_static", EntryPoint = "greeting")]
            internal static extern nuint Greeting(byte[] buffer, nuint length);

            [LibraryImport("it_static", EntryPoint = "salted_hash")]
            internal static partial nint SaltedHash();
        }
        """;

    [Fact]
    public void NativeAotPublishLinksTheStaticLibraryIntoTheExecutable()
    {
        var consumer = package.CreateConsumer("static-aot")
            .WriteCAbiCrate("native", "it_static", body: CrateSource)
            .WriteFile("native/Cargo.toml", """
                [package]
                name = "it_static"
                version = "0.1.0"
                edition = "2021"

                [lib]
                crate-type = ["staticlib"]
                """)
            .WriteFile("native/build.rs", """
                fn main() {
                    println!("cargo:rustc-link-lib=crypt");
                }
                """)
            .WriteProject("App.csproj", """<CargoCrate Include="native/Cargo.toml" />""", outputType: "Exe",
                properties: "<PublishAot>true</PublishAot><AllowUnsafeBlocks>true</AllowUnsafeBlocks>")
            .WriteFile("Program.cs", CallingProgram);

        var publish = consumer.Run("publish", "-r", TestEnvironment.RuntimeIdentifier, "-c", "Release", "-o", "published", "-v:n");

        Assert.True(publish.ExitCode == 0, publish.ToString());
        var run = DotNet.RunProcess(consumer.PathOf("published/App"), consumer.PathOf("published"), null);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("rust says 42, hello from rust in a static library", run.Output);
        Assert.Matches(@"crypt says ab[./0-9A-Za-z]{11}\r?\n", run.Output);
        Assert.Empty(publish.Warnings);
        Assert.Contains("--directpinvoke:it_static", File.ReadAllText(Directory.GetFiles(consumer.PathOf("obj"), "App.ilc.rsp", SearchOption.AllDirectories).Single()));
        Assert.Empty(Directory.GetFiles(consumer.PathOf("published"), "*it_static*"));
        Assert.False(File.Exists(consumer.PathOf("published/App.dll")), "not a NativeAOT publish");

        // Linked again from the recorded build, without cargo: the archive and its native libraries (-lcrypt) are in the record.
        Directory.Delete(Directory.GetDirectories(consumer.PathOf("obj"), "native", SearchOption.AllDirectories).Single(), recursive: true);
        Directory.Delete(consumer.PathOf("published"), recursive: true);
        var again = consumer.Run("publish", "-r", TestEnvironment.RuntimeIdentifier, "-c", "Release", "-o", "published", "-v:n");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("cargo skipped for", again.Output);
        var rerun = DotNet.RunProcess(consumer.PathOf("published/App"), consumer.PathOf("published"), null);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Matches(@"crypt says ab[./0-9A-Za-z]{11}\r?\n", rerun.Output);
    }

    [Fact]
    public void StaticLibraryWithoutNativeAotIsAWarningThatSaysWhatToDo()
    {
        var consumer = package.CreateConsumer("static-jit")
            .WriteCAbiCrate("native", "it_static_jit")
            .WriteFile("native/Cargo.toml", """
                [package]
                name = "it_static_jit"
                version = "0.1.0"
                edition = "2021"

                [lib]
                crate-type = ["staticlib"]
                """)
            .WriteProject("App.csproj", """<CargoCrate Include="native/Cargo.toml" />""", outputType: "Exe")
            .WriteFile("Program.cs", "Console.WriteLine();");

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var warning = Assert.Single(build.Warnings);
        Assert.Equal(("CB1028", consumer.PathOf("native/Cargo.toml")), (warning.Code, warning.File));
        Assert.Contains("PublishAot", warning.Message);
        Assert.Contains("[DllImport(\"it_static_jit\")]", warning.Message);
        Assert.Contains("cdylib", warning.Message);
        Assert.Empty(Directory.GetFiles(consumer.PathOf("bin"), "*it_static_jit*", SearchOption.AllDirectories));
    }
}
