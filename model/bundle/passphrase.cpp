#include "bundle/passphrase.h"

#include "bundle/bundletext.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace habeas::bundle {

QString PassphraseStrength::word() const
{
    switch (level) {
    case Level::Empty:
        return {};
    case Level::Weak:
        return Text::tr("weak");
    case Level::Fair:
        return Text::tr("fair");
    case Level::Strong:
        return Text::tr("strong");
    }
    return {};
}

PassphraseStrength estimatePassphrase(const QString &passphrase)
{
    PassphraseStrength s;
    const QList<uint> chars = passphrase.toUcs4();
    if (chars.isEmpty())
        return s;
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QHash<uint, int> uses;
    double effectiveLength = 0;
    for (const uint c : chars) {
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 0x80)
            symbol = true;
        else
            other = true;
        // A character used a third time or more adds little: "aaaaaaaa" is not 8 characters.
        effectiveLength += ++uses[c] <= 2 ? 1.0 : 0.25;
    }
    // Characters of other scripts: counted as a pool of 3000 (common Chinese characters).
    const double pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0)
        + (other ? 3000 : 0);
    s.bits = int(effectiveLength * std::log2(pool));
    if (s.bits < 50)
        s.level = PassphraseStrength::Level::Weak;
    else if (s.bits < 80)
        s.level = PassphraseStrength::Level::Fair;
    else
        s.level = PassphraseStrength::Level::Strong;
    return s;
}

} // namespace habeas::bundle
