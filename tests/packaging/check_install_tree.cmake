# cmake -DBUILD_DIR=… -DWORK_DIR=… -DAPP_ID=… [-DAPPSTREAMCLI=…] -P check_install_tree.cmake
# Installs the build into a scratch prefix and compares the files with those the Debian package
# must hold (the .deb is made from the same install rules); then, when appstreamcli is there,
# checks the tree as a software centre reads it: the metainfo, its .desktop launchable, icons.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/usr
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${err}")
endif()
set(expected
    usr/bin/hopscope
    usr/share/applications/${APP_ID}.desktop
    usr/share/bash-completion/completions/hopscope
    usr/share/doc/hopscope/changelog.Debian.gz
    usr/share/doc/hopscope/copyright
    usr/share/icons/hicolor/128x128/apps/${APP_ID}.png
    usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
    usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/share/lintian/overrides/hopscope
    usr/share/man/man1/hopscope.1.gz
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/mime/packages/${APP_ID}.xml)
file(GLOB_RECURSE installed RELATIVE ${WORK_DIR} ${WORK_DIR}/*)
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
    string(REPLACE ";" "\n  " installed "${installed}")
    string(REPLACE ";" "\n  " expected "${expected}")
    message(FATAL_ERROR "installed:\n  ${installed}\nexpected:\n  ${expected}")
endif()
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${WORK_DIR}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0 OR out MATCHES "[EWI]: ")
        message(FATAL_ERROR "appstreamcli validate-tree (${rc}):\n${out}")
    endif()
endif()
file(REMOVE_RECURSE ${WORK_DIR})
