#include "CheckEditorDialog.h"
#include "ui_CheckEditorDialog.h"

#include "CheckTableModel.h"
#include "EditorProblems.h"
#include "checks/CheckText.h"
#include "checks/CheckValidation.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace vigil {

namespace {

// The checks thread answers every test within the check's timeout; this is only a safety net.
constexpr qint64 kTestGraceMs = 5000;

// Unique across editors, so an answer meant for a closed editor is never taken for a new one.
quint64 nextTestRequestId()
{
    static quint64 next = 0;
    return ++next;
}

} // namespace

CheckEditorDialog::CheckEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CheckEditorDialog>())
    , m_testTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setupFields();
    m_ui->testProgressBar->hide();
    m_ui->testResultLabel->setText(tr("Runs one attempt with these settings, without saving."));
    m_ui->testResultLabel->setForegroundRole(QPalette::PlaceholderText);
    m_testTimer->setSingleShot(true);
    connect(m_testTimer, &QTimer::timeout, this, &CheckEditorDialog::onTestTimeout);

    // Every input re-validates; spin boxes and editable combo boxes have a QLineEdit inside.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &CheckEditorDialog::revalidate);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, &CheckEditorDialog::revalidate);
    for (QAbstractButton *box : findChildren<QCheckBox *>())
        connect(box, &QAbstractButton::toggled, this, &CheckEditorDialog::revalidate);
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &CheckEditorDialog::revalidate);
    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this,
            &CheckEditorDialog::onTypeChanged);
    connect(m_ui->fileBrowsePushButton, &QPushButton::clicked, this,
            [this] { browse(m_ui->filePathLineEdit); });
    connect(m_ui->logBrowsePushButton, &QPushButton::clicked, this,
            [this] { browse(m_ui->logPathLineEdit); });
    connect(m_ui->testPushButton, &QPushButton::clicked, this, &CheckEditorDialog::onTest);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (m_problems.isEmpty())
            accept();
    });
    setCheck(CheckSpec());
}

CheckEditorDialog::~CheckEditorDialog() = default;

void CheckEditorDialog::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    revalidate();
}

void CheckEditorDialog::setCheck(const CheckSpec &spec)
{
    m_spec = spec;
    m_filling = true;
    setWindowTitle(spec.name.isEmpty() ? tr("New service check")
                                       : tr("Service check %1").arg(spec.name));
    fill(spec);
    m_filling = false;
    onTypeChanged();
    m_ui->nameLineEdit->setFocus();
    revalidate();
}

CheckSpec CheckEditorDialog::check() const
{
    return parse().spec;
}

QString CheckEditorDialog::testResultText() const
{
    return m_ui->testStatusLabel->text() + u'\n' + m_ui->testResultLabel->text();
}

void CheckEditorDialog::onTypeChanged()
{
    const auto type = CheckType(m_ui->typeComboBox->currentData().toInt());
    m_ui->typeStackedWidget->setCurrentIndex(m_ui->typeComboBox->currentIndex());
    m_ui->typeGroupBox->setTitle(tr("%1 target").arg(CheckText::typeText(type)));
    revalidate();
}

void CheckEditorDialog::revalidate()
{
    if (m_filling)
        return;
    const Parsed p = parse();
    QList<QPair<QWidget *, QString>> errors = p.errors;
    for (const CheckProblem &problem : validateCheck(p.spec)) {
        QWidget *target = widgetForKey(problem.key, p.spec.type);
        // A field that does not parse already has its own message; the check saw the old value.
        const bool shadowed = target && std::any_of(errors.cbegin(), errors.cend(),
                                                    [&](auto &e) { return e.first == target; });
        if (!shadowed)
            errors.append({target, CheckTableModel::problemText(problem)});
    }
    if (m_takenNames.contains(p.spec.name))
        errors.append({m_ui->nameLineEdit,
                       tr("Name: another check is already called “%1”").arg(p.spec.name)});

    m_problems = showEditorProblems(errors, &m_marked, m_ui->problemsLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    updateTestButton();
}

void CheckEditorDialog::updateTestButton()
{
    m_ui->testPushButton->setEnabled(m_problems.isEmpty() && !isTesting());
}

void CheckEditorDialog::onTest()
{
    revalidate();
    if (!m_problems.isEmpty() || isTesting())
        return;
    const CheckSpec spec = check();
    m_testRequest = nextTestRequestId();
    m_ui->testProgressBar->show();
    m_ui->testStatusLabel->setStyleSheet(QString());
    m_ui->testStatusLabel->setText(tr("Testing %1…").arg(spec.target()));
    m_ui->testResultLabel->clear();
    updateTestButton();
    m_testTimer->start(int(std::min<qint64>(spec.timeoutMs + kTestGraceMs, 10 * 60 * 1000)));
    Q_EMIT testRequested(m_testRequest, spec);
}

void CheckEditorDialog::showTestResult(quint64 requestId, const CheckResult &result)
{
    if (requestId == 0 || requestId != m_testRequest)
        return; // an earlier test, or another editor's
    m_testRequest = 0;
    m_testTimer->stop();
    m_ui->testProgressBar->hide();
    m_ui->testStatusLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }")
            .arg(CheckText::statusColour(result.attemptStatus).darker(120).name()));
    m_ui->testStatusLabel->setText(QStringLiteral("● ") +
                                   CheckText::statusText(result.attemptStatus));
    m_ui->testResultLabel->setForegroundRole(QPalette::WindowText);
    m_ui->testResultLabel->setText(CheckText::resultSummary(result));
    updateTestButton();
}

void CheckEditorDialog::onTestTimeout()
{
    if (!isTesting())
        return;
    m_testRequest = 0; // a late answer is ignored
    m_ui->testProgressBar->hide();
    m_ui->testStatusLabel->setText(tr("No answer"));
    m_ui->testResultLabel->setText(tr("The test did not finish in time. Try again."));
    updateTestButton();
}

void CheckEditorDialog::browse(QLineEdit *target)
{
    // Window-modal, no nested event loop; the dialog lists directories on its own thread.
    auto *dialog = new QFileDialog(this, tr("Choose a file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::AnyFile); // the file may not exist yet
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    const QString current = target->text().trimmed();
    if (current.startsWith(u'/'))
        dialog->setDirectory(QFileInfo(current).path()); // text only, no stat
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

} // namespace vigil
