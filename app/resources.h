#pragma once

namespace hopscope::app {

// Registers the bundled resources (icons, the demo manifests). They live in the hopscope_app
// static library, whose resource initializer the linker would otherwise drop. Idempotent.
void ensureResources();

} // namespace hopscope::app
