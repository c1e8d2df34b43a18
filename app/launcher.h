#pragma once

namespace hopscope::app {

// Entry point of the one binary: a subcommand (cli/) runs without a display, anything else opens
// the GUI (ui/). The only place that knows both.
int runMain(int argc, char **argv);

} // namespace hopscope::app
