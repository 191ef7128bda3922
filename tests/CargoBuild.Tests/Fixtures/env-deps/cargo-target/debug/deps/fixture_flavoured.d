/tmp/cargobuild-env-deps-fixtures/target/debug/deps/fixture_flavoured.d: src/lib.rs

/tmp/cargobuild-env-deps-fixtures/target/debug/deps/libfixture_flavoured.so: src/lib.rs

src/lib.rs:

# env-dep:FIXTURE_BAKED_FLAVOUR=vanilla
# env-dep:FIXTURE_X=x
