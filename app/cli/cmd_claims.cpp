// `claim heading`, `claim alternative`, `claim adverse`: what the liability section of a
// complaint reads from a claim (the rest of `claim` is in cmd_facts.cpp).
#include "claimoutput.h"
#include "commandhelpers.h"
#include "law/claimstore.h"
#include "storage/library.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {

// Opens the library for writing, applies `change` to the claim and prints it.
int changeClaim(
    CliContext &ctx, qint64 claimId, const std::function<Result<qint64>(ClaimStore &)> &change)
{
    auto library = ctx.openLibrary(CliContext::Access::Write);
    if (!library.ok())
        return ctx.out.fail(library.error());
    if (auto st = change(library.value()->claims()); !st.ok())
        return ctx.out.fail(st.error());
    printClaim(ctx, library.value()->claims().claim(claimId).value());
    return Done;
}

} // namespace

int claimHeadingCommand(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CLAIM"_s, QCoreApplication::translate("habeas::cli", "the claim id"))
        .positional(u"TEXT"_s,
            QCoreApplication::translate("habeas::cli",
                "the sentence the claim's reasons stand under in the complaint, or \"default\" "
                "for the theory's own"));
    if (auto done = parseArguments(ctx, parser, args, u"claim heading"_s))
        return *done;
    auto claimId = CliContext::parseId(parser.positional(0), u"CLAIM"_s);
    if (!claimId.ok())
        return ctx.out.fail(claimId.error());
    const QString text = parser.positional(1);
    return changeClaim(ctx, claimId.value(), [&](ClaimStore &claims) {
        return text == u"default"_s ? claims.clearHeading(claimId.value())
                                    : claims.setHeading(claimId.value(), text);
    });
}

int claimAlternativeCommand(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CLAIM"_s, QCoreApplication::translate("habeas::cli", "the claim id"))
        .positional(u"LIMB"_s,
            QCoreApplication::translate("habeas::cli",
                "the alternative the claim pleads (habeas-cli theory show THEORY lists them), "
                "or \"none\""));
    if (auto done = parseArguments(ctx, parser, args, u"claim alternative"_s))
        return *done;
    auto claimId = CliContext::parseId(parser.positional(0), u"CLAIM"_s);
    if (!claimId.ok())
        return ctx.out.fail(claimId.error());
    const QString limb = parser.positional(1);
    return changeClaim(ctx, claimId.value(), [&](ClaimStore &claims) {
        return claims.setAlternative(claimId.value(), limb == u"none"_s ? QString() : limb);
    });
}

int claimAdverseCommand(CliContext &ctx, const QStringList &args)
{
    ArgParser parser;
    parser.positional(u"CLAIM"_s, QCoreApplication::translate("habeas::cli", "the claim id"))
        .positional(u"ELEMENT"_s,
            QCoreApplication::translate("habeas::cli", "the element, by number or id"))
        .positional(u"STATE"_s,
            QCoreApplication::translate("habeas::cli",
                "yes: the processor refused to produce the evidence of it, and the complaint asks "
                "for an adverse inference (SPC evidence provisions Art. 95); no: clear"));
    if (auto done = parseArguments(ctx, parser, args, u"claim adverse"_s))
        return *done;
    auto claimId = CliContext::parseId(parser.positional(0), u"CLAIM"_s);
    if (!claimId.ok())
        return ctx.out.fail(claimId.error());
    const QString state = parser.positional(2);
    if (state != u"yes"_s && state != u"no"_s)
        return ctx.out.fail(
            UsageError, QCoreApplication::translate("habeas::cli", "STATE must be yes or no"));
    return changeClaim(ctx, claimId.value(), [&](ClaimStore &claims) {
        return claims.setAdverseInference(claimId.value(), parser.positional(1), state == u"yes"_s);
    });
}

} // namespace habeas::cli
