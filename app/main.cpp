#include "launcher.h"

int main(int argc, char **argv)
{
    return hopscope::app::runMain(argc, argv);
}
