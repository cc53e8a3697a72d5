#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace habeas {

// Export Case…'s options: whether to encrypt the bundle, and its passphrase asked twice, with
// an honest word on its strength (model/bundle/passphrase.h). OK only when the two agree.
class BundlePassphraseDialog final : public QDialog {
    Q_OBJECT

public:
    explicit BundlePassphraseDialog(const QString &file, QWidget *parent = nullptr);

    bool encrypt() const;
    QString passphrase() const;

    QCheckBox *encryptBox() const { return m_encrypt; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *strengthLabel() const { return m_strength; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    QCheckBox *m_encrypt;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_strength;
    QLabel *m_match;
    QDialogButtonBox *m_buttons;
};

} // namespace habeas
