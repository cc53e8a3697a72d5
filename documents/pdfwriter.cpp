#include "pdfwriter.h"

#include "pdfcomposer.h"
#include "pdflayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace habeas {

Result<int> writePdf(const doc::Document &document, QIODevice *out)
{
    PdfComposer pdf(out);
    pdf.setTitle(document.title);
    pdf.setPageNumbers(document.pageNumbers);
    const Result<int> pages = pdf.appendDocument(document);
    if (!pages.ok())
        return pages.error();
    if (Status done = pdf.finish(); !done.ok())
        return done.error();
    return pages;
}

Result<int> savePdf(const doc::Document &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QCoreApplication::translate("habeas::Documents", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    const Result<int> pages = writePdf(document, &file);
    if (!pages.ok()) {
        file.cancelWriting();
        return Error::io(QCoreApplication::translate("habeas::Documents", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), pages.error().message));
    }
    if (!file.commit())
        return Error::io(QCoreApplication::translate("habeas::Documents", "Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

int pdfPageCount(const doc::Document &document)
{
    return doc::PdfLayout(document).pageCount();
}

} // namespace habeas
