#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace habeas {

// Preferences: the interface language and the library's location.
class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *libraryEdit() const { return m_library; }
    QLineEdit *tesseractEdit() const { return m_tesseract; }
    QLineEdit *userNameEdit() const { return m_userName; }
    // Writes the choices to the settings; true when something changed that needs a restart.
    bool save() const;

private:
    QComboBox *m_language;
    QLineEdit *m_library;
    QLineEdit *m_tesseract;
    QLineEdit *m_userName;
};

} // namespace habeas
