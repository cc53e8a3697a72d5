#pragma once

#include "core/result.h"

#include <QString>

namespace habeas {

// The system's store of secrets (the macOS Keychain, the Windows Credential Manager, the Secret
// Service of a Linux desktop), through QtKeychain: where the GUI keeps a server library's
// password, so the user types it once. Never a file of ours. The calls wait for the store (which
// may ask the user to unlock it) while the event loop runs.
class Keychain {
public:
    Keychain() = default;
    virtual ~Keychain() = default;
    Keychain(const Keychain &) = delete;
    Keychain &operator=(const Keychain &) = delete;

    // The password kept under `key`; '' when none is (or the store cannot be reached: then
    // the user is asked, as when none is kept).
    virtual QString read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &password) = 0;
    virtual Status remove(const QString &key) = 0;

    // The one the GUI uses: the system's, or the one a test set (nullptr: the system's again).
    static Keychain &current();
    static void setForTesting(Keychain *keychain);
};

} // namespace habeas
