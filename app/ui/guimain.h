#pragma once

namespace hopscope::app {

// The GUI: QApplication, the main window, the files given (or the bundled demo).
int runGui(int argc, char **argv);

} // namespace hopscope::app
