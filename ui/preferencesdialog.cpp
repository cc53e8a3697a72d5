#include "preferencesdialog.h"

#include "core/settings.h"
#include "dialogs.h"
#include "review/reviewstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace habeas {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_library(new QLineEdit(this))
    , m_tesseract(new QLineEdit(this))
    , m_userName(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Follow the system"), u"system"_s);
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(Settings::value(Settings::Language).toString())));

    m_library->setText(QDir::toNativeSeparators(Settings::value(Settings::LibraryPath).toString()));
    m_library->setPlaceholderText(QDir::toNativeSeparators(Settings::defaultLibraryPath()));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(browse);

    // Empty: $HABEAS_TESSERACT, else what is found on PATH or where installers put it.
    m_tesseract->setText(
        QDir::toNativeSeparators(Settings::value(Settings::TesseractPath).toString()));
    const QString detected = Settings::detectTesseract();
    m_tesseract->setPlaceholderText(detected.isEmpty()
            ? tr("Not found; install Tesseract or give its path")
            : tr("Found: %1").arg(QDir::toNativeSeparators(detected)));
    m_tesseract->setToolTip(tr("The tesseract program used to read text in images (OCR)"));
    auto *browseTesseract = new QPushButton(tr("Browse…"), this);
    auto *tesseractRow = new QHBoxLayout;
    tesseractRow->addWidget(m_tesseract, 1);
    tesseractRow->addWidget(browseTesseract);

    auto *note = new QLabel(
        tr("Changes to the language and the library take effect when Habeas starts again."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("L&ibrary folder:"), libraryRow);
    form->addRow(tr("&Tesseract program:"), tesseractRow);
    // Who writes review comments; empty: the operating system's user.
    m_userName->setObjectName(u"userName"_s);
    m_userName->setText(Settings::value(Settings::UserName).toString());
    m_userName->setPlaceholderText(ReviewStore::systemUser());
    form->addRow(tr("Your &name (review comments):"), m_userName);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            Dialogs::existingDirectory(this, tr("Library folder"), m_library->text());
        if (!dir.isEmpty())
            m_library->setText(QDir::toNativeSeparators(dir));
    });
    connect(browseTesseract, &QPushButton::clicked, this, [this] {
        const QString file =
            Dialogs::openFileName(this, tr("Tesseract program"), QString(), m_tesseract->text());
        if (!file.isEmpty())
            m_tesseract->setText(QDir::toNativeSeparators(file));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

bool PreferencesDialog::save() const
{
    const QString language = m_language->currentData().toString();
    const QString library = QDir::fromNativeSeparators(m_library->text().trimmed());
    const bool changed = language != Settings::value(Settings::Language).toString()
        || library != Settings::value(Settings::LibraryPath).toString();
    Settings::setValue(Settings::Language, language);
    Settings::setValue(Settings::LibraryPath, library);
    // Takes effect with the next file read: no restart needed, so not part of `changed`.
    Settings::setValue(
        Settings::TesseractPath, QDir::fromNativeSeparators(m_tesseract->text().trimmed()));
    Settings::setValue(Settings::UserName, m_userName->text().trimmed());
    return changed;
}

} // namespace habeas
