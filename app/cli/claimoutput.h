#pragma once

#include "clicontext.h"
#include "law/claimstore.h"

namespace habeas::cli {

// A claim as `claim show` prints it: its elements, heading, alternative and flags (or JSON).
void printClaim(const CliContext &ctx, const ClaimRecord &claim);

// claim heading | alternative | adverse (cmd_claims.cpp).
int claimHeadingCommand(CliContext &ctx, const QStringList &args);
int claimAlternativeCommand(CliContext &ctx, const QStringList &args);
int claimAdverseCommand(CliContext &ctx, const QStringList &args);

} // namespace habeas::cli
