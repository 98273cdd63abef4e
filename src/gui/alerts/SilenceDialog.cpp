#include "SilenceDialog.h"
#include "ui_SilenceDialog.h"

#include "AlertText.h"
#include "appearance/Appearance.h"
#include "series/SeriesId.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace vigil {

namespace {

constexpr qint64 kHour = 3600 * 1000;
const LabelMatcher::Op kOps[] = {LabelMatcher::Op::Equal, LabelMatcher::Op::NotEqual,
                                 LabelMatcher::Op::Regex, LabelMatcher::Op::NotRegex};
const char *const kOpTexts[] = {"=", "!=", "=~", "!~"};

enum Column { NameColumn, OpColumn, ValueColumn };

bool isRegex(LabelMatcher::Op op)
{
    return op == LabelMatcher::Op::Regex || op == LabelMatcher::Op::NotRegex;
}

// Whether a label that is absent (or empty) satisfies the matcher: a silence made only of such
// matchers would mute every alert.
bool matchesEmpty(const LabelMatcher &m)
{
    switch (m.op) {
    case LabelMatcher::Op::Equal:
        return m.value.isEmpty();
    case LabelMatcher::Op::NotEqual:
        return !m.value.isEmpty();
    case LabelMatcher::Op::Regex:
    case LabelMatcher::Op::NotRegex: {
        const QRegularExpression re(QRegularExpression::anchoredPattern(m.value));
        const bool hit = re.match(QString()).hasMatch();
        return m.op == LabelMatcher::Op::Regex ? hit : !hit;
    }
    }
    return true;
}

} // namespace

SilenceDialog::SilenceDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SilenceDialog>())
    , m_clock(&Clock::system())
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->reasonLabel->setStyleSheet(QStringLiteral("color: %1;").arg(errorTextColour().name()));
    m_ui->silenceButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Silence"));
    QTableWidget *table = m_ui->matchersTableWidget;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Label"), tr("Operator"), tr("Value")});
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(OpColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setMinimumSectionSize(80);
    m_ui->createdByLabel->setText(tr("Created by: %1").arg(currentUserName()));

    connect(m_ui->addMatcherPushButton, &QPushButton::clicked, this, [this] {
        addMatcherRow({true, {}});
        QTableWidget *t = m_ui->matchersTableWidget;
        t->setCurrentCell(t->rowCount() - 1, NameColumn);
        t->editItem(t->currentItem());
    });
    connect(m_ui->removeMatcherPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->matchersTableWidget->currentRow();
        if (row >= 0)
            m_ui->matchersTableWidget->removeRow(row);
        revalidate();
    });
    connect(table, &QTableWidget::itemChanged, this, &SilenceDialog::revalidate);
    connect(m_ui->untilRadioButton, &QRadioButton::toggled, m_ui->untilDateTimeEdit,
            &QWidget::setEnabled);
    for (QRadioButton *b : {m_ui->oneHourRadioButton, m_ui->fourHoursRadioButton,
                            m_ui->oneDayRadioButton, m_ui->untilRadioButton})
        connect(b, &QRadioButton::toggled, this, &SilenceDialog::revalidate);
    connect(m_ui->untilDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this,
            &SilenceDialog::revalidate);
    connect(m_ui->commentPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &SilenceDialog::revalidate);
    connect(m_ui->silenceButtonBox, &QDialogButtonBox::accepted, this, &SilenceDialog::accept);
    // Time passes while the dialog is open: keep "ends at" and "in the future" honest.
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SilenceDialog::revalidate);
    m_timer->start();
    setUntil(m_clock->nowMs() + 2 * kHour);
    revalidate();
}

SilenceDialog::~SilenceDialog() = default;

QString SilenceDialog::currentUserName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    const QString home = QDir::home().dirName(); // a session without USER (cron, containers)
    return home.isEmpty() ? tr("unknown") : home;
}

void SilenceDialog::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
    setUntil(m_clock->nowMs() + 2 * kHour);
    revalidate();
}

void SilenceDialog::setAlert(const Alert &alert)
{
    m_ui->matchersTableWidget->setRowCount(0);
    const QString alertname = QStringLiteral("alertname");
    QString name = alert.rule;
    for (const Label &l : alert.labels) {
        if (l.first == alertname)
            name = l.second;
    }
    addMatcherRow({true, {alertname, LabelMatcher::Op::Equal, name}});
    for (const Label &l : alert.labels) {
        if (l.first != alertname)
            addMatcherRow({true, {l.first, LabelMatcher::Op::Equal, l.second}});
    }
    setWindowTitle(tr("Silence %1").arg(name));
    m_ui->commentPlainTextEdit->setFocus();
    revalidate();
}

void SilenceDialog::addMatcherRow(const MatcherRow &row)
{
    QTableWidget *table = m_ui->matchersTableWidget;
    const QSignalBlocker blocker(table);
    const int r = table->rowCount();
    table->insertRow(r);
    auto *name = new QTableWidgetItem(row.matcher.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
    name->setCheckState(row.included ? Qt::Checked : Qt::Unchecked);
    name->setToolTip(tr("Include this matcher (checkbox); double-click or F2 to edit the name"));
    table->setItem(r, NameColumn, name);
    auto *op = new QComboBox;
    for (const char *text : kOpTexts)
        op->addItem(QLatin1String(text));
    op->setCurrentIndex(
        int(std::find(std::begin(kOps), std::end(kOps), row.matcher.op) - std::begin(kOps)));
    op->setToolTip(tr("= equals, != differs, =~ matches the regular expression, !~ does not"));
    connect(op, &QComboBox::currentIndexChanged, this, &SilenceDialog::revalidate);
    table->setCellWidget(r, OpColumn, op);
    table->setItem(r, ValueColumn, new QTableWidgetItem(row.matcher.value));
    revalidate();
}

void SilenceDialog::setMatcherIncluded(int row, bool included)
{
    m_ui->matchersTableWidget->item(row, NameColumn)
        ->setCheckState(included ? Qt::Checked : Qt::Unchecked);
}

QList<SilenceDialog::MatcherRow> SilenceDialog::matcherRows() const
{
    QList<MatcherRow> rows;
    const QTableWidget *table = m_ui->matchersTableWidget;
    for (int r = 0; r < table->rowCount(); ++r) {
        MatcherRow row;
        const QTableWidgetItem *name = table->item(r, NameColumn);
        const QTableWidgetItem *value = table->item(r, ValueColumn);
        const auto *op = qobject_cast<const QComboBox *>(table->cellWidget(r, OpColumn));
        row.included = name && name->checkState() == Qt::Checked;
        row.matcher.name = name ? name->text().trimmed() : QString();
        row.matcher.value = value ? value->text() : QString();
        row.matcher.op = op ? kOps[std::clamp(op->currentIndex(), 0, 3)] : LabelMatcher::Op::Equal;
        rows.append(row);
    }
    return rows;
}

QList<LabelMatcher> SilenceDialog::includedMatchers() const
{
    QList<LabelMatcher> out;
    for (const MatcherRow &row : matcherRows()) {
        if (row.included)
            out.append(row.matcher);
    }
    return out;
}

void SilenceDialog::setDuration(Duration duration)
{
    switch (duration) {
    case Duration::OneHour:
        m_ui->oneHourRadioButton->setChecked(true);
        break;
    case Duration::FourHours:
        m_ui->fourHoursRadioButton->setChecked(true);
        break;
    case Duration::OneDay:
        m_ui->oneDayRadioButton->setChecked(true);
        break;
    case Duration::Until:
        m_ui->untilRadioButton->setChecked(true);
        break;
    }
}

void SilenceDialog::setUntil(qint64 ms)
{
    // Whole minutes: what the editor shows is what the silence gets.
    m_ui->untilDateTimeEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(ms - ms % 60000));
}

void SilenceDialog::setComment(const QString &comment)
{
    m_ui->commentPlainTextEdit->setPlainText(comment);
}

qint64 SilenceDialog::endsAtMs() const
{
    const qint64 now = m_clock->nowMs();
    if (m_ui->fourHoursRadioButton->isChecked())
        return now + 4 * kHour;
    if (m_ui->oneDayRadioButton->isChecked())
        return now + 24 * kHour;
    if (m_ui->untilRadioButton->isChecked())
        return m_ui->untilDateTimeEdit->dateTime().toMSecsSinceEpoch();
    return now + kHour;
}

QString SilenceDialog::validationError() const
{
    const QList<MatcherRow> rows = matcherRows();
    bool any = false, selective = false;
    for (const MatcherRow &row : rows) {
        if (!row.included)
            continue;
        any = true;
        const LabelMatcher &m = row.matcher;
        if (!SeriesId::isValidLabelName(m.name))
            return m.name.isEmpty() ? tr("A matcher has no label name.")
                                    : tr("“%1” is not a valid label name.").arg(m.name);
        if (isRegex(m.op)) {
            const QRegularExpression re(m.value);
            if (!re.isValid())
                return tr("The regular expression for “%1” is invalid: %2.")
                    .arg(m.name, re.errorString());
        }
        selective = selective || !matchesEmpty(m);
    }
    if (!any)
        return tr("Include at least one matcher.");
    if (!selective)
        return tr("At least one matcher must require a value (such as alertname = …); "
                  "otherwise the silence would mute every alert.");
    if (endsAtMs() <= m_clock->nowMs())
        return tr("The end time must be in the future.");
    if (m_ui->commentPlainTextEdit->toPlainText().trimmed().isEmpty())
        return tr("Enter a comment: why are these alerts silenced?");
    return {};
}

void SilenceDialog::revalidate()
{
    const QString error = validationError();
    m_ui->reasonLabel->setText(error);
    m_ui->reasonLabel->setVisible(!error.isEmpty());
    m_ui->silenceButtonBox->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    m_ui->silenceButtonBox->button(QDialogButtonBox::Ok)->setToolTip(error);
    const qint64 ends = endsAtMs();
    const qint64 now = m_clock->nowMs();
    m_ui->endsLabel->setText(
        ends > now
            ? tr("Ends %1 (in %2)")
                  .arg(AlertText::absoluteTimeText(ends), AlertText::durationText(ends - now, true))
            : tr("Ends %1 (already past)").arg(AlertText::absoluteTimeText(ends)));
}

Silence SilenceDialog::silence() const
{
    Silence s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.matchers = includedMatchers();
    s.startsAtMs = m_clock->nowMs();
    s.endsAtMs = endsAtMs();
    s.comment = m_ui->commentPlainTextEdit->toPlainText().trimmed();
    s.createdBy = currentUserName();
    return s;
}

void SilenceDialog::accept()
{
    revalidate();
    if (validationError().isEmpty())
        QDialog::accept();
}

} // namespace vigil
