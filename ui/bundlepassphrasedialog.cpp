#include "bundlepassphrasedialog.h"

#include "bundle/passphrase.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

BundlePassphraseDialog::BundlePassphraseDialog(const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_encrypt(new QCheckBox(tr("&Encrypt the bundle with a passphrase"), this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new QLabel(this))
    , m_match(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Case"));
    auto *intro = new QLabel(tr("The case, its chronology, claims, damages, requests, deadlines, "
                                "generated documents and every original go into %1.\n"
                                "Send it encrypted: without the passphrase it shows nothing, "
                                "and any change to it is detected. Tell the passphrase to the "
                                "recipient another way than the bundle.")
                                 .arg(QDir::toNativeSeparators(file)),
        this);
    intro->setWordWrap(true);
    m_encrypt->setChecked(true);
    m_passphrase->setObjectName(u"passphrase"_s);
    m_repeat->setObjectName(u"repeat"_s);
    m_strength->setObjectName(u"strength"_s);
    m_strength->setWordWrap(true);
    for (QLineEdit *edit : { m_passphrase, m_repeat })
        edit->setEchoMode(QLineEdit::Password);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_strength);
    form->addRow(tr("&Again:"), m_repeat);
    form->addRow(QString(), m_match);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_encrypt);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_encrypt, &QCheckBox::toggled, this, &BundlePassphraseDialog::update);
    connect(m_passphrase, &QLineEdit::textChanged, this, &BundlePassphraseDialog::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &BundlePassphraseDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(520, sizeHint().height());
}

bool BundlePassphraseDialog::encrypt() const
{
    return m_encrypt->isChecked();
}

QString BundlePassphraseDialog::passphrase() const
{
    return encrypt() ? m_passphrase->text() : QString();
}

void BundlePassphraseDialog::update()
{
    const bool on = encrypt();
    m_passphrase->setEnabled(on);
    m_repeat->setEnabled(on);
    const bundle::PassphraseStrength s = bundle::estimatePassphrase(m_passphrase->text());
    if (!on || s.level == bundle::PassphraseStrength::Level::Empty) {
        m_strength->setText(on ? tr("Use several words, or 16 characters or more.") : QString());
    } else {
        // An estimate from length and kinds of characters only, and it says so.
        m_strength->setText(tr("Strength: %1. An estimate from its length and the kinds of "
                               "characters only: common words and known phrases are weaker than "
                               "it says.")
                                .arg(s.word()));
    }
    const bool matches = m_passphrase->text() == m_repeat->text();
    m_match->setText(on && !m_repeat->text().isEmpty() && !matches
            ? tr("The two passphrases differ.")
            : QString());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!on || (!m_passphrase->text().isEmpty() && matches));
}

} // namespace habeas
