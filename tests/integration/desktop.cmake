# Desktop integration through the real binary: single instance, first run, welcome.
vigil_add_test(tst_desktop_instance LABEL integration SOURCES integration/tst_desktop_instance.cpp
               TIMEOUT 180)
add_dependencies(tst_desktop_instance vigil)
