#pragma once

#include <QString>

namespace habeas::bundle {

// A simple, honest estimate of a passphrase's strength from its length and the kinds of
// characters it uses (lower case, upper case, digits, other ASCII, other scripts), with
// repeated characters counted once beyond the first two uses. It knows nothing of
// dictionaries: "Password1!" scores better than it deserves, so the words stay modest.
struct PassphraseStrength {
    enum class Level { Empty, Weak, Fair, Strong };
    Level level = Level::Empty;
    int bits = 0; // log2 of the search space the estimate assumes
    QString word() const; // "weak", "fair", "strong" (translated), empty when empty
};

PassphraseStrength estimatePassphrase(const QString &passphrase);

} // namespace habeas::bundle
