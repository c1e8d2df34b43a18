# Core tests, one folder of tests/core/ per folder of core/. A test links the library of its
# folder's floor (core/CMakeLists.txt), so a call into a higher floor fails to link — plus, listed
# here, what its fixtures need beyond that (most tests of the rules build their cluster with the
# cluster builder; a few check the teaching layer's view of what they test).
set(tst_endpointslices_needs hopscope_rules)
set(tst_fuzzregressions_needs hopscope_teach hopscope_rules)
set(tst_hostileinput_needs hopscope_teach)
set(tst_lessonwriter_needs hopscope_rules)
set(tst_parallelbuild_needs hopscope_teach hopscope_rules)
set(tst_nftrules_upstream_needs hopscope_cluster)
set(tst_nftevaluator_needs hopscope_cluster)
set(tst_proxyrules_upstream_needs hopscope_cluster)
set(tst_quiz_needs hopscope_rules)
set(tst_requesttargets_needs hopscope_cluster)
set(tst_servicedefaults_needs hopscope_cluster)
set(tst_simpleyaml_needs hopscope_teach)
set(tst_traceexport_needs hopscope_cluster)
set(tst_traceproblems_needs hopscope_teach)
set(tst_tracer_needs hopscope_cluster)
set(tst_tracefidelity_needs hopscope_cluster)
set(tst_proxyoptions_needs hopscope_cluster)
set(tst_tracershared_needs hopscope_cluster)
set(tst_whatif_needs hopscope_rules)
set(tst_whatifservice_needs hopscope_rules)

set(HOPSCOPE_CORE_TEST_FLOORS
    base:hopscope_text yaml:hopscope_text
    objects:hopscope_model model:hopscope_model api:hopscope_model
    controllers:hopscope_cluster builder:hopscope_cluster
    proxy:hopscope_rules net:hopscope_rules trace:hopscope_rules
    lint:hopscope_teach classroom:hopscope_teach kubectl:hopscope_teach generator:hopscope_teach)
foreach(entry ${HOPSCOPE_CORE_TEST_FLOORS})
    string(REPLACE ":" ";" pair ${entry})
    list(GET pair 0 folder)
    list(GET pair 1 floor)
    file(GLOB_RECURSE tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/core/${folder}/tst_*.cpp)
    foreach(src ${tests})
        get_filename_component(name ${src} NAME_WE)
        hopscope_add_test(${src} "${floor};${${name}_needs}")
    endforeach()
endforeach()
