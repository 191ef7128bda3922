namespace CargoBuild.IntegrationTests.Migrations.GuideExamples;

/// <summary>The guide reader on small guides written for the test (PyO3's own text is read only at test time).</summary>
public sealed class MigrationGuideDocumentTests
{
    private static readonly string[] NoAttributes = [];

    [Fact]
    public void SectionsGetMdBookAnchorsAndTheStepTheyAreUnder()
    {
        var guide = MigrationGuideDocument.Parse("""
            # Moving between versions

            ## from 1.4.* to 1.5

            ### `Widget<T>` is now `Gadget<T>`

            ### The [`frob`](https://example.invalid) function & friends: gone!

            ## from v1.3 to 1.4

            ### Renamed things

            ## Notes on older releases

            ### Renamed things
            """, NoAttributes);

        Assert.Equal(
            [
                ("moving-between-versions", null),
                ("from-14-to-15", "1.4"),
                ("widgett-is-now-gadgett", "1.4"),
                ("the-frob-function--friends-gone", "1.4"),
                ("from-v13-to-14", "1.3"),
                ("renamed-things", "1.3"),
                ("notes-on-older-releases", null),
                ("renamed-things-1", null),
            ],
            guide.Sections.Select(section => (section.Anchor, section.StepFrom)));
    }

    [Fact]
    public void RepeatedHeadingsAreNumberedInOrder()
    {
        var ids = new MdBookHeadingIds();

        Assert.Equal(["before", "before-1", "before-2", "after"], new[] { "Before", "Before", "before", "After" }.Select(ids.Next));
    }

    [Fact]
    public void OnlyCompileFailRustBlocksAreExamplesEachWithItsSectionAndOrdinal()
    {
        var guide = MigrationGuideDocument.Parse("""
            ## from 2.0.* to 2.1

            ### First change

            ```rust,compile_fail
            let a = old_one();
            ```

            ```rust
            let a = new_one();
            ```

            ```compile_fail
            let b = old_two();
            ```

            ```text,compile_fail
            not rust
            ```

            ### Second change

            ```rust,compile_fail,ignore
            let c = old_three();
            ```

            ```python
            # a comment, not a heading
            ```
            """, NoAttributes);

        Assert.Equal(
            [("first-change", 1, "2.0", false), ("first-change", 2, "2.0", false), ("second-change", 1, "2.0", true)],
            guide.CompileFailExamples.Select(example => (example.Anchor, example.Ordinal, example.StepFrom!, example.Ignored)));
        Assert.Contains("old_two()", guide.CompileFailExamples[1].Program);
        Assert.Equal("second-change-1", guide.CompileFailExamples[2].Name);
        Assert.Equal(["first-change", "second-change"], guide.Sections.Skip(1).Select(section => section.Anchor));
    }

    [Fact]
    public void BlocksIndentedInAListOrQuotedLoseTheirIndentationAndQuoteMarks()
    {
        var guide = MigrationGuideDocument.Parse("""
            ### Lists

            1. Change this:

               ```rust,compile_fail
               fn main() {
                   old();
               }
               ```

            > ```rust,compile_fail
            > fn main() { older(); }
            > ```
            """, NoAttributes);

        Assert.Equal(["fn main() {\n    old();\n}\n", "fn main() { older(); }\n"], guide.CompileFailExamples.Select(example => example.Program));
    }

    [Fact]
    public void HiddenLinesAreCompiledCrateAttributesGoFirstAndCodeWithoutMainIsWrapped()
    {
        var program = RustdocTestProgram.Compose(
            ["# use mylib::prelude::*;", "#", "##[derive(Debug)]", "# #![allow(deprecated)]", "struct S;", "    # let x = 1;"],
            ["#![deny(warnings)]"]);

        Assert.Equal(
            "#![deny(warnings)]\n#![allow(deprecated)]\nfn main() {\nuse mylib::prelude::*;\n\n#[derive(Debug)]\nstruct S;\nlet x = 1;\n}\n",
            program);
    }

    [Fact]
    public void CodeWithItsOwnMainIsNotWrapped()
    {
        var program = RustdocTestProgram.Compose(["#[mylib::attribute]", "fn helper() {}", "# fn main() -> Result<(), ()> {", "# Ok(())", "# }"], []);

        Assert.Equal("#[mylib::attribute]\nfn helper() {}\nfn main() -> Result<(), ()> {\nOk(())\n}\n", program);
    }

    [Fact]
    public void DocTestAttributesAreReadFromTheCrateRoot()
    {
        var attributes = DocTestCrateAttributes.Read("""
            //! A crate.
            #![doc(test(attr(
                deny(
                    rust_2018_idioms,
                    warnings
                ),
                allow(
                    unused_imports,  // explained, (with parentheses)
                    dead_code,
                )
            )))]
            #![warn(missing_docs)]
            """);

        Assert.Equal(["#![deny( rust_2018_idioms, warnings )]", "#![allow( unused_imports, dead_code, )]"], attributes);
        Assert.Empty(DocTestCrateAttributes.Read("#![warn(missing_docs)]\n"));
    }
}
