#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace habeas {

class Library;
class StatuteLibrary;
class StatuteSearch;

// The statutes the application ships: instruments and their articles, full-text search,
// the article's official text, and its citation in the form courts use, ready to copy.
class StatuteBrowser final : public QDialog {
    Q_OBJECT

public:
    explicit StatuteBrowser(QWidget *parent = nullptr);
    ~StatuteBrowser() override;

    // Shows an article; "PIPL 16", "民法典第一千零三十四条" … Returns the error, or empty.
    QString showCitation(const QString &citation);
    void search(const QString &query);

    // The library whose claims resting on an article are listed under it.
    void setCaseLibrary(Library *library) { m_cases = library; }
    QStringList citingClaims() const { return m_citingClaims; }

    QString currentCitation() const { return m_citation; }
    QString articleText() const;
    QListWidget *results() const { return m_results; }
    void copyCitation();

private:
    void showArticle(const QString &instrumentId, int number);
    void onTreeItem(QTreeWidgetItem *item);

    std::unique_ptr<StatuteLibrary> m_library;
    std::unique_ptr<StatuteSearch> m_search;
    QLineEdit *m_query;
    QTreeWidget *m_tree;
    QListWidget *m_results;
    QTextBrowser *m_text;
    QLabel *m_status;
    QString m_citation;
    Library *m_cases = nullptr;
    QStringList m_citingClaims;
};

} // namespace habeas
