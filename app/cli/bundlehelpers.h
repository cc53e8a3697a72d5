#pragma once

#include "bundle/bundleformat.h"
#include "clicontext.h"

namespace habeas::cli {

// A bundle failure as an exit code: integrity 1, input (and cancelled) 2, else the error's.
int bundleFailure(CliContext &ctx, const bundle::Failure &failure);
// The passphrase is the first line of standard input (never an argument: it would show in the
// process list and the shell's history).
Result<QByteArray> readPassphrase();

} // namespace habeas::cli
