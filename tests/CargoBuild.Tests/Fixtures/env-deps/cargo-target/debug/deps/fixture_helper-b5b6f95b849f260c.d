/tmp/cargobuild-env-deps-fixtures/target/debug/deps/fixture_helper-b5b6f95b849f260c.d: /tmp/cargobuild-env-deps-fixtures/helper/src/lib.rs

/tmp/cargobuild-env-deps-fixtures/target/debug/deps/libfixture_helper-b5b6f95b849f260c.rlib: /tmp/cargobuild-env-deps-fixtures/helper/src/lib.rs

/tmp/cargobuild-env-deps-fixtures/target/debug/deps/libfixture_helper-b5b6f95b849f260c.rmeta: /tmp/cargobuild-env-deps-fixtures/helper/src/lib.rs

/tmp/cargobuild-env-deps-fixtures/helper/src/lib.rs:

# env-dep:FIXTURE_HELPER=a: b\\c
# env-dep:FIXTURE_HELPER_UNSET
