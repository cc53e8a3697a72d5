#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace habeas {

// What went wrong, in a form each front end can map to its own reaction:
// the CLI to an exit code, the GUI to an inline message or a dialog.
struct Error {
    enum class Kind {
        Input, // the user's input is invalid; nothing was changed (CLI exit 2)
        NotFound, // an id or name that does not exist (CLI exit 2)
        Library, // the library cannot be used: missing, corrupt, locked (CLI exit 3)
        ReadOnly, // the library was opened read-only (CLI exit 3)
        Io, // the file system refused (CLI exit 3)
        Stale, // the row changed since it was read: someone else's edit would be lost (CLI exit 3)
    };

    Kind kind = Kind::Input;
    QString message;

    static Error input(QString message) { return { Kind::Input, std::move(message) }; }
    static Error notFound(QString message) { return { Kind::NotFound, std::move(message) }; }
    static Error library(QString message) { return { Kind::Library, std::move(message) }; }
    static Error readOnly(QString message) { return { Kind::ReadOnly, std::move(message) }; }
    static Error io(QString message) { return { Kind::Io, std::move(message) }; }
    static Error stale(QString message) { return { Kind::Stale, std::move(message) }; }
};

// A value or an Error. Small on purpose: C++20 has no std::expected.
template<typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, so `for (x : f().value())` does not dangle when f() returns a temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const { return std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace habeas
