<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>habeas</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Library server</source>
        <translation>案卷库服务器</translation>
    </message>
    <message>
        <source>The server refused the password kept in the keychain: %1</source>
        <translation>服务器拒绝了钥匙串中保存的密码：%1</translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation>服务器拒绝了该密码：%1</translation>
    </message>
    <message>
        <source>The library server %1 cannot be used:

%2</source>
        <translation>无法使用案卷库服务器 %1：

%2</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Open &amp;Server Library…</source>
        <translation>打开服务器案卷库(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a firm&apos;s shared library on a PostgreSQL server.</source>
        <translation>打开律所在 PostgreSQL 服务器上共享的案卷库。</translation>
    </message>
</context>
<context>
    <name>habeas::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>habeas::BundlePassphraseDialog</name>
    <message>
        <source>&amp;Encrypt the bundle with a passphrase</source>
        <translation>用口令加密案件包(&amp;E)</translation>
    </message>
    <message>
        <source>Export Case</source>
        <translation>导出案件</translation>
    </message>
    <message>
        <source>The case, its chronology, claims, damages, requests, deadlines, generated documents and every original go into %1.
Send it encrypted: without the passphrase it shows nothing, and any change to it is detected. Tell the passphrase to the recipient another way than the bundle.</source>
        <translation>案件及其大事记、请求权基础、损害赔偿、诉讼请求、期限、已生成的文书和全部原件将写入%1。
请加密发送：没有口令则无法看到任何内容，任何改动都会被发现。请通过案件包以外的途径将口令告知收件人。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>Use several words, or 16 characters or more.</source>
        <translation>请使用多个词语，或不少于16个字符。</translation>
    </message>
    <message>
        <source>Strength: %1. An estimate from its length and the kinds of characters only: common words and known phrases are weaker than it says.</source>
        <translation>强度：%1。这只是根据长度和字符种类所作的估计：常用词语和常见短语的实际强度低于此估计。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>habeas::BundleTransfer</name>
    <message>
        <source>E&amp;xport Case…</source>
        <translation>导出案件(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import Case…</source>
        <translation>导入案件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Review Comments…</source>
        <translation>导入审阅意见(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Case</source>
        <translation>导出案件</translation>
    </message>
    <message>
        <source>Habeas case bundles (*.habeas)</source>
        <translation>Habeas案件包 (*.habeas)</translation>
    </message>
    <message>
        <source>Exporting the case to %1…</source>
        <translation>正在将案件导出到%1…</translation>
    </message>
    <message>
        <source>Import Case</source>
        <translation>导入案件</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its passphrase:</source>
        <translation>%1已加密。请输入口令：</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入%1…</translation>
    </message>
    <message>
        <source>Import Review Comments</source>
        <translation>导入审阅意见</translation>
    </message>
    <message>
        <source>Reading the review comments of %1…</source>
        <translation>正在读取%1中的审阅意见…</translation>
    </message>
    <message>
        <source>From %1: %2 new, %3 updated, %4 kept (newer here), %5 unchanged.</source>
        <translation>来自%1：新增%2条，更新%3条，保留%4条（本方较新），未变%5条。</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) changed on both sides: both versions are kept. Choose one in the Review panel (Keep Mine or Take Theirs).</source>
        <translation>
            <numerusform>%n条意见双方均有修改：两个版本均已保留。请在“审阅”面板中选择（保留我方或采用对方）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a Habeas case bundle (a .habeas file).</source>
        <translation>%1不是Habeas案件包（.habeas文件）。</translation>
    </message>
    <message>
        <source>Import the case bundle %1 into this library (%2) as a new case?</source>
        <translation>将案件包%1作为新案件导入本资料库（%2）？</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as a new case.</source>
        <translation>已将“%1”导入为新案件。</translation>
    </message>
    <message>
        <source>Exported the case to %1 (%2).</source>
        <translation>已将案件导出到%1（%2）。</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
</context>
<context>
    <name>habeas::CaseDialog</name>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>e.g. 罗某诉某公司个人信息保护纠纷案</source>
        <translation>例如：罗某诉某公司个人信息保护纠纷案</translation>
    </message>
    <message>
        <source>e.g. （2021）京0491民初5094号</source>
        <translation>例如：（2021）京0491民初5094号</translation>
    </message>
    <message>
        <source>The day the case ended (judgment in force, withdrawal, settlement): no deadline starts after it.</source>
        <translation>案件终结之日（判决生效、撤诉、和解）：此后不再起算期限。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>案件名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>案件类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>案件阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>受理法院(&amp;O)：</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>案号(&amp;N)：</translation>
    </message>
    <message>
        <source>public interest: e.g. 京海检民公诉〔2024〕1号</source>
        <translation>公益诉讼：如京海检民公诉〔2024〕1号</translation>
    </message>
    <message>
        <source>Procuratorate&apos;s &amp;document number:</source>
        <translation>检察机关文号(&amp;D)：</translation>
    </message>
    <message>
        <source>Cause of &amp;action:</source>
        <translation>案由(&amp;A)：</translation>
    </message>
    <message>
        <source>Filing:</source>
        <translation>立案：</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>终结：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>habeas::CaseListPanel</name>
    <message>
        <source>Filter cases (title, party, court, number)</source>
        <translation>筛选案件（案件名称、当事人、法院、案号）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Show the cases in the trash, to restore them</source>
        <translation>显示回收站中的案件，以便恢复</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>habeas::CaseWorkspace</name>
    <message>
        <source>Select a case in the list, or create one with File ▸ New Case (Ctrl+N).</source>
        <translation>请在列表中选择案件，或通过“文件 ▸ 新建案件”（Ctrl+N）新建案件。</translation>
    </message>
</context>
<context>
    <name>habeas::CiteDialog</name>
    <message>
        <source>Cite Evidence</source>
        <translation>引用证据</translation>
    </message>
    <message>
        <source>whole exhibit</source>
        <translation>整份证据</translation>
    </message>
    <message>
        <source>&amp;Exhibit:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>页码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>page %1, region %2 — %3</source>
        <translation>第%1页区域%2 — %3</translation>
    </message>
</context>
<context>
    <name>habeas::ClaimLiabilityBar</name>
    <message>
        <source>&amp;Heading…</source>
        <translation>标题(&amp;H)…</translation>
    </message>
    <message>
        <source>Adverse &amp;Inference</source>
        <translation>不利推定(&amp;I)</translation>
    </message>
    <message>
        <source>The sentence the claim&apos;s reasons stand under in the complaint</source>
        <translation>起诉状中该请求理由所在的标题句</translation>
    </message>
    <message>
        <source>The alternative the claim pleads: only its elements count</source>
        <translation>该请求主张的情形：仅计算该情形的要件</translation>
    </message>
    <message>
        <source>The processor withholds the evidence of this element after a production order: the complaint asks the court to find its content adverse to the processor (SPC evidence provisions Art. 95)</source>
        <translation>处理者经责令提交后仍拒不提交证明该要件的证据：起诉状请求法院认定该证据的内容不利于处理者（民事诉讼证据规定第九十五条）</translation>
    </message>
    <message>
        <source>Alternative: choose…</source>
        <translation>情形：请选择…</translation>
    </message>
    <message>
        <source>No alternatives</source>
        <translation>无可选情形</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The sentence the reasons of “%1” stand under:</source>
        <translation>“%1”的理由所在的标题句：</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>所主张的情形</translation>
    </message>
    <message>
        <source>Adverse Inference</source>
        <translation>不利推定</translation>
    </message>
</context>
<context>
    <name>habeas::DamagesDialog</name>
    <message>
        <source>Per-record amount</source>
        <translation>按记录数计算的赔偿</translation>
    </message>
    <message>
        <source>Factors relied on (SPC interpretation on mental distress, Art. 5)</source>
        <translation>所依据的因素（《最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释》第五条）</translation>
    </message>
    <message>
        <source>Expense ledger entry</source>
        <translation>费用台账记录</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Edit damages item</source>
        <translation>编辑赔偿项目</translation>
    </message>
    <message>
        <source>Add damages item</source>
        <translation>添加赔偿项目</translation>
    </message>
    <message>
        <source>yuan, e.g. 2900 or 1038.50</source>
        <translation>单位：元，例如2900或1038.50</translation>
    </message>
    <message>
        <source>e.g. 《中华人民共和国民法典》第一千一百八十二条</source>
        <translation>例如：《中华人民共和国民法典》第一千一百八十二条</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>deduplicated records, e.g. 120000</source>
        <translation>去重后的记录数，例如120000</translation>
    </message>
    <message>
        <source>yuan per record</source>
        <translation>每条记录的金额（元）</translation>
    </message>
    <message>
        <source>label=factor; …  e.g. 敏感个人信息=10; 未成年人=2</source>
        <translation>标签=系数; …  例如：敏感个人信息=10; 未成年人=2</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录数：</translation>
    </message>
    <message>
        <source>Yuan per record:</source>
        <translation>每条记录金额（元）：</translation>
    </message>
    <message>
        <source>Coefficients:</source>
        <translation>系数：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>The serious harm (CC 1183(1)), as the complaint states it: a diagnosis, harassment after the leak…</source>
        <translation>严重精神损害后果（民法典第一千一百八十三条第一款），按起诉状的表述：诊断证明、泄露后遭受的骚扰…</translation>
    </message>
    <message>
        <source>Serious &amp;harm:</source>
        <translation>严重后果(&amp;H)：</translation>
    </message>
    <message>
        <source>invoice or receipt number</source>
        <translation>发票或票据号码</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>费用类型：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Payee:</source>
        <translation>收款方：</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>票据：</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>赔偿项目(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>方案(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>法律依据(&amp;B)：</translation>
    </message>
    <message>
        <source>Claimed &amp;against:</source>
        <translation>向以下被告主张(&amp;A)：</translation>
    </message>
    <message>
        <source>Proved by e&amp;xhibit:</source>
        <translation>证明证据(&amp;X)：</translation>
    </message>
    <message>
        <source>the fund&apos;s or organisation&apos;s name</source>
        <translation>基金或组织的名称</translation>
    </message>
    <message>
        <source>Paid &amp;to (public interest):</source>
        <translation>款项去向（公益诉讼）(&amp;T)：</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>按输入</translation>
    </message>
    <message>
        <source>Count from the &amp;register:</source>
        <translation>条数取自登记名册(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Counted from the register of affected persons (%1).</source>
        <translation>按涉案人员登记名册计数（%1）。</translation>
    </message>
</context>
<context>
    <name>habeas::DamagesPanel</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>添加项目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy scenario to…</source>
        <translation>将方案复制到(&amp;C)…</translation>
    </message>
    <message>
        <source>Simplified procedure (halved)</source>
        <translation>简易程序（减半交纳）</translation>
    </message>
    <message>
        <source>Personality-rights case</source>
        <translation>人格权案件</translation>
    </message>
    <message>
        <source>Property case</source>
        <translation>财产案件</translation>
    </message>
    <message>
        <source>A claim in contract makes it a property case</source>
        <translation>主张违约责任的，按财产案件交纳受理费</translation>
    </message>
    <message>
        <source>Ends by judgment</source>
        <translation>判决结案</translation>
    </message>
    <message>
        <source>Mediated (halved, Art. 15)</source>
        <translation>调解结案（减半，第十五条）</translation>
    </message>
    <message>
        <source>Withdrawn (halved, Art. 15)</source>
        <translation>撤诉（减半，第十五条）</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Court fee:</source>
        <translation>案件受理费：</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>对%1</translation>
    </message>
    <message>
        <source>of which jointly and severally</source>
        <translation>其中连带部分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation>各方案：%1</translation>
    </message>
    <message>
        <source>None: a procuratorate pays no court fee.</source>
        <translation>无：检察机关不交纳诉讼费用。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Heads of damage per scenario</source>
        <translation>各方案的赔偿项目构成</translation>
    </message>
    <message>
        <source>Add damages item</source>
        <translation>添加赔偿项目</translation>
    </message>
    <message>
        <source>Edit damages item</source>
        <translation>编辑赔偿项目</translation>
    </message>
    <message>
        <source>Remove damages item</source>
        <translation>移除赔偿项目</translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translation>复制方案</translation>
    </message>
    <message>
        <source>Copy every item of “%1” into the scenario named:</source>
        <translation>将“%1”中的全部项目复制到以下名称的方案：</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>损害赔偿</translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineDialog</name>
    <message>
        <source>A &amp;day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>A fact of the &amp;chronology:</source>
        <translation>大事记中的事实(&amp;C)：</translation>
    </message>
    <message>
        <source>A generated d&amp;ocument:</source>
        <translation>已生成的文书(&amp;O)：</translation>
    </message>
    <message>
        <source>Edit deadline</source>
        <translation>编辑期限</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新建期限</translation>
    </message>
    <message>
        <source>(the rule&apos;s name)</source>
        <translation>（规则名称）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <source>Starts from:</source>
        <translation>起算：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>届满：</translation>
    </message>
    <message>
        <source>Runs from %1.</source>
        <translation>自%1起算。</translation>
    </message>
    <message>
        <source>Runs from %1 (%2).</source>
        <translation>自%1起算（%2）。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineList</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar (.ics)…</source>
        <translation>导出日历 (.ics)(&amp;X)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7日内届满</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>30日内届满</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — %2届满</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Basis: %1; counted under %2.</source>
        <translation>依据：%1；按%2计算。</translation>
    </message>
    <message>
        <source>Starts from: %1</source>
        <translation>起算：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n open deadline(s) to %1.</source>
        <translation>
            <numerusform>已将%n个未完成期限写入%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::DeadlinesPanel</name>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>habeas::DeadlinesWindow</name>
    <message>
        <source>Deadlines — all cases</source>
        <translation>期限 — 全部案件</translation>
    </message>
</context>
<context>
    <name>habeas::DocumentFieldsDialog</name>
    <message>
        <source>%1: what the lawyer sets</source>
        <translation>%1：律师填写的内容</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>What the letter demands of each claim for relief</source>
        <translation>函件就每项诉讼请求提出的要求</translation>
    </message>
    <message>
        <source>The case has no claims for relief of its own yet: word them under Facts &amp; law first.</source>
        <translation>本案尚无自行表述的诉讼请求：请先在“事实与法律”中填写。</translation>
    </message>
    <message>
        <source>e.g. 停止处理委托人的个人信息</source>
        <translation>如：停止处理委托人的个人信息</translation>
    </message>
    <message>
        <source>Request an apology (Civil Code Art. 1000)</source>
        <translation>请求赔礼道歉（民法典第一千条）</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>In public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>e.g. 其运营的“某某”App首页显著位置, 《法治日报》</source>
        <translation>如：其运营的“某某”App首页显著位置、《法治日报》</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Add the apology request</source>
        <translation>添加赔礼道歉请求</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Medium:</source>
        <translation>媒介：</translation>
    </message>
    <message>
        <source>Published for:</source>
        <translation>刊登期限：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>habeas::DocumentsPanel</name>
    <message>
        <source>Court filing</source>
        <translation>诉讼文书</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Generate a draft anyway (gaps marked, 草稿 watermark)</source>
        <translation>仍然生成草稿（标出缺项，加“草稿”水印）</translation>
    </message>
    <message>
        <source>&amp;Fields…</source>
        <translation>字段(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Save as &amp;DOCX…</source>
        <translation>另存为DOCX(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>另存为PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What the lawyer sets for this letter or application: categories, grounds, period, what each claim demands …</source>
        <translation>律师为本函件或申请书填写的内容：信息种类、法定情形、期限、每项请求的要求……</translation>
    </message>
    <message>
        <source>Generated for this case:</source>
        <translation>本案已生成的文书：</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>案件库</translation>
    </message>
    <message>
        <source>The case has everything this document needs.</source>
        <translation>案件已具备本文书所需的全部信息。</translation>
    </message>
    <message numerus="yes">
        <source>The case lacks %n field(s) this document legally needs:</source>
        <translation>
            <numerusform>案件缺少本文书依法必须具备的%n项信息：</numerusform>
        </translation>
    </message>
    <message>
        <source>Review comments:</source>
        <translation>审阅意见：</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>Save as DOCX</source>
        <translation>另存为DOCX</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word文档 (*.docx)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入%1…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存%1（共%n页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview the document to see its pages before saving.</source>
        <translation>保存前可先预览文书，查看其页面。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); the first %1 are shown.</source>
        <translation>
            <numerusform>共%n页；仅显示前%1页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>共%n页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>%1 is no longer there; the register keeps a copy of its bytes in the library.</source>
        <translation>%1已不存在；文书登记记录在案件库中保留了该文件内容的副本。</translation>
    </message>
</context>
<context>
    <name>habeas::EventDialog</name>
    <message>
        <source>The other side disputes this fact</source>
        <translation>对方对该事实有争议</translation>
    </message>
    <message>
        <source>Edit Fact</source>
        <translation>编辑事实</translation>
    </message>
    <message>
        <source>Add Fact</source>
        <translation>添加事实</translation>
    </message>
    <message>
        <source>2021-01-20, 2021-01 or 2021</source>
        <translation>2021-01-20、2021-01 或 2021</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>大约</translation>
    </message>
    <message>
        <source>What happened, as the complaint will state it</source>
        <translation>按起诉状中的表述写明所发生的事实</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation>事实(&amp;F)：</translation>
    </message>
    <message>
        <source>Proved by:</source>
        <translation>证明证据：</translation>
    </message>
    <message>
        <source>Describe the fact.</source>
        <translation>请填写事实描述。</translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceDialog</name>
    <message>
        <source>Exhibit %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>e.g. 证明被告App首次登录时强制收集职业等信息，无跳过选项</source>
        <translation>例如：证明被告App首次登录时强制收集职业等信息，无跳过选项</translation>
    </message>
    <message>
        <source>URL, or app name, package and version</source>
        <translation>网址，或应用名称、包名及版本</translation>
    </message>
    <message>
        <source>e.g. iPhone 12, iOS 14.3</source>
        <translation>例如：iPhone 12，iOS 14.3</translation>
    </message>
    <message>
        <source>How it was collected: steps, witnesses, preservation</source>
        <translation>取证经过：步骤、见证人、保全方式</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>证据名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Proves:</source>
        <translation>证明目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Captured:</source>
        <translation>取证时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>取证人(&amp;O)：</translation>
    </message>
    <message>
        <source>Notarial &amp;certificate:</source>
        <translation>公证书编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Witnesses / notary:</source>
        <translation>见证人/公证员(&amp;W)：</translation>
    </message>
    <message>
        <source>Timestamp / &amp;blockchain certificate:</source>
        <translation>可信时间戳/区块链存证编号(&amp;B)：</translation>
    </message>
    <message>
        <source>How the item was collected, step by step</source>
        <translation>逐步说明取证过程</translation>
    </message>
    <message>
        <source>How co&amp;llected:</source>
        <translation>取证过程(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>An exhibit needs a title.</source>
        <translation>证据需要填写名称。</translation>
    </message>
</context>
<context>
    <name>habeas::EvidencePanel</name>
    <message>
        <source>the folder holds no file</source>
        <translation>该文件夹中没有文件</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>导入证据</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入%n个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>已取消导入；未添加任何内容。</translation>
    </message>
    <message>
        <source>%1: not imported — %2</source>
        <translation>%1：未导入——%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Recording %1 of %2…</source>
        <translation>正在登记第%1个，共%2个…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>已导入%n个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>The clipboard holds no image to paste.</source>
        <translation>剪贴板中没有可粘贴的图像。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>The pasted image cannot be saved for import.</source>
        <translation>无法保存粘贴的图像以供导入。</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Supplementary list</source>
        <translation>补充证据目录</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Export Re&amp;dacted…</source>
        <translation>导出遮盖版(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>校验完整性(&amp;V)</translation>
    </message>
    <message>
        <source>Drop screenshots, PDFs, recordings or any other file here. Originals are kept byte for byte under their SHA-256.</source>
        <translation>可将截图、PDF、录音录像或其他任何文件拖放到此处。原件按其SHA-256值逐字节原样保存。</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>group </source>
        <translation>证据组 </translation>
    </message>
    <message>
        <source>The exhibit group (the fact the files prove) new files are numbered in</source>
        <translation>新导入文件编号所属的证据组（这些文件所证明的事实）</translation>
    </message>
    <message>
        <source>Import into a new supplementary evidence list (补充证据目录): its exhibits are numbered after every group of the earlier lists</source>
        <translation>导入为新的补充证据目录：其证据编号接续此前各目录的全部证据组</translation>
    </message>
    <message>
        <source>Move the exhibit up in its group and renumber (Ctrl+Up)</source>
        <translation>在本组内上移该证据并重新编号（Ctrl+Up）</translation>
    </message>
    <message>
        <source>Move the exhibit down in its group and renumber (Ctrl+Down)</source>
        <translation>在本组内下移该证据并重新编号（Ctrl+Down）</translation>
    </message>
    <message>
        <source>Export Redacted Copy</source>
        <translation>导出遮盖版副本</translation>
    </message>
    <message>
        <source> (redacted)</source>
        <translation>（遮盖版）</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>在新窗口中打开</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Proves</source>
        <translation>证明目的</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>取证时间</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>取证人</translation>
    </message>
    <message>
        <source>Notarial certificate</source>
        <translation>公证书编号</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Protected PDF</source>
        <translation>受密码保护的PDF</translation>
    </message>
    <message>
        <source>%1 (“%2”) is protected by a password. %3

Its password:</source>
        <translation>%1（“%2”）受密码保护。%3

请输入密码：</translation>
    </message>
    <message>
        <source>Remove exhibit</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Removed %1. Edit ▸ Undo brings it back.</source>
        <translation>已移除%1。可通过“编辑 ▸ 撤销”恢复该证据。</translation>
    </message>
    <message>
        <source>Edit exhibit</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>校验完整性</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n original(s)…</source>
        <translation>
            <numerusform>正在核验 %n 份原件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>核验已取消。</translation>
    </message>
    <message>
        <source>Every stored original matches its SHA-256.</source>
        <translation>所有存储的原件均与其SHA-256值一致。</translation>
    </message>
    <message>
        <source>Move Exhibit</source>
        <translation>移动证据</translation>
    </message>
    <message>
        <source>Burning the redactions into %1…</source>
        <translation>正在将涂黑区域写入%1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Wrote %1 with the redactions burned in.</source>
        <translation>已写入 %1，遮盖区域已涂黑。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceViewer</name>
    <message>
        <source>Enter password…</source>
        <translation>输入密码…</translation>
    </message>
    <message>
        <source>Open with the system application</source>
        <translation>用系统默认应用程序打开</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown: %2</source>
        <translation>无法显示第%1页：%2</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>上一页（PgUp）</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>下一页（PgDown）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <source>Drag over the page to highlight a region (H)</source>
        <translation>在页面上拖动以高亮标注区域（H）</translation>
    </message>
    <message>
        <source>Drag over the page to draw a redaction box; exported copies black it out (R)</source>
        <translation>在页面上拖动以绘制遮盖框；导出的副本中该处将被涂黑（R）</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation>移除区域</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Select an exhibit to see it here.</source>
        <translation>选择证据以在此处查看。</translation>
    </message>
    <message>
        <source>%1 %2 — Habeas</source>
        <translation>%1 %2 — Habeas</translation>
    </message>
    <message>
        <source>This image cannot be shown: %1</source>
        <translation>无法显示此图像：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开%1…</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation>无法显示此PDF：%1</translation>
    </message>
    <message>
        <source>The password given does not open this PDF.</source>
        <translation>所输入的密码无法打开此PDF。</translation>
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation>此PDF受密码保护。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>That password does not open %1. Try again:</source>
        <translation>该密码无法打开%1。请重试：</translation>
    </message>
    <message>
        <source>%1 is protected by a password:</source>
        <translation>%1受密码保护，请输入密码：</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>%1
Type: %2
Size: %3
SHA-256: %4

Habeas does not display this kind of file itself.</source>
        <translation>%1
类型：%2
大小：%3
SHA-256：%4

Habeas本身不显示此类文件。</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Redaction box added. Exports of %1 black it out.</source>
        <translation>已添加遮盖框。导出%1时该处将被涂黑。</translation>
    </message>
    <message>
        <source>Highlight added to %1.</source>
        <translation>已为%1添加高亮标注。</translation>
    </message>
    <message>
        <source>Removed region %1. Edit ▸ Undo brings it back.</source>
        <translation>已移除区域%1。可通过“编辑 ▸ 撤销”恢复该区域。</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>已复制“%1”。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建%1。</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>没有可打开%1的应用程序。</translation>
    </message>
    <message>
        <source>Fetching %1 from the library server…</source>
        <translation>正在从案件库服务器获取%1……</translation>
    </message>
</context>
<context>
    <name>habeas::FactsPanel</name>
    <message>
        <source>%1: no alternative chosen; only the elements common to all count. Choose one of: %2</source>
        <translation>%1：未选择所主张的情形，仅计算各情形共有的要件。请从以下情形中选择：%2</translation>
    </message>
    <message>
        <source>Elements to prove with no evidence cited</source>
        <translation>未引用证据的待证构成要件</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Exhibits cited for no element</source>
        <translation>未被任何构成要件引用的证据</translation>
    </message>
    <message>
        <source>Articles not in force at the time of the facts</source>
        <translation>事实发生时尚未施行或已失效的条文</translation>
    </message>
    <message>
        <source>Not pleaded: the claim pleads another alternative, or none is chosen yet.</source>
        <translation>不予主张：该请求主张的是其他情形，或尚未选择情形。</translation>
    </message>
    <message>
        <source>Adverse inference: the processor withholds the evidence of this element; the complaint asks the court to find its content adverse to it (SPC evidence provisions Art. 95).</source>
        <translation>不利推定：处理者拒不提交证明该要件的证据；起诉状请求法院认定该证据的内容不利于处理者（民事诉讼证据规定第九十五条）。</translation>
    </message>
    <message>
        <source>The conduct is marked continuing until %1.</source>
        <translation>该行为已标记为持续至%1。</translation>
    </message>
    <message>
        <source>Earlier law (before the Civil Code and the PIPL)</source>
        <translation>此前的法律（民法典和个人信息保护法施行前）</translation>
    </message>
    <message>
        <source>in force at the time of the facts</source>
        <translation>事实发生时有效</translation>
    </message>
    <message>
        <source>not in the bundled texts: unchecked</source>
        <translation>未收录文本：未核对</translation>
    </message>
    <message>
        <source>&amp;Add Fact…</source>
        <translation>添加事实(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add &amp;Claim</source>
        <translation>添加请求(&amp;C)</translation>
    </message>
    <message>
        <source>Remove Claim</source>
        <translation>移除请求</translation>
    </message>
    <message>
        <source>C&amp;ite Evidence…</source>
        <translation>引用证据(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove Citation</source>
        <translation>取消引用</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>事实陈述(&amp;S)…</translation>
    </message>
    <message>
        <source>Claims for &amp;Relief…</source>
        <translation>诉讼请求(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;ontinuing…</source>
        <translation>持续行为(&amp;O)…</translation>
    </message>
    <message>
        <source>Drag an exhibit onto an element to cite it</source>
        <translation>将证据拖放到构成要件上即可引用</translation>
    </message>
    <message>
        <source>Mark as…</source>
        <translation>标记为…</translation>
    </message>
    <message>
        <source>Mark the claim&apos;s conduct as continuing until a date (data still held and used), so that law in force by then applies</source>
        <translation>将该请求所涉行为标记为持续至某日（数据仍被保存和使用），以适用届时有效的法律</translation>
    </message>
    <message>
        <source>How the case meets the element, in your words: the complaint&apos;s reasons use it</source>
        <translation>以您的语言说明本案如何满足该构成要件：起诉状的事实和理由将采用</translation>
    </message>
    <message>
        <source>The 诉讼请求 of the complaint, one per line (amounts and costs are added from the damages worksheet)</source>
        <translation>起诉状的诉讼请求，每行一项（赔偿金额与诉讼费用由损害赔偿表自动加入）</translation>
    </message>
    <message>
        <source>Exhibits (drag onto an element):</source>
        <translation>证据（拖放到构成要件上）：</translation>
    </message>
    <message>
        <source>Select an element to read the articles it rests on.</source>
        <translation>选择构成要件以查看其所依据的法条。</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>构成要件</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>证明矩阵</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>证明缺口</translation>
    </message>
    <message>
        <source>Claims for Relief</source>
        <translation>诉讼请求</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Claims and proof</source>
        <translation>请求与证明</translation>
    </message>
    <message>
        <source>%1 claim(s), %2 of %3 elements proven, %4 gap(s), %5 exhibit(s) proving nothing</source>
        <translation>%1项请求，%3个构成要件中已证明%2个，%4处缺口，%5件证据未证明任何构成要件</translation>
    </message>
    <message>
        <source>Add Fact</source>
        <translation>添加事实</translation>
    </message>
    <message>
        <source>Edit Fact</source>
        <translation>编辑事实</translation>
    </message>
    <message>
        <source>Remove Fact</source>
        <translation>移除事实</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>添加请求</translation>
    </message>
    <message>
        <source>Mark Element</source>
        <translation>标记构成要件</translation>
    </message>
    <message>
        <source>Cite Evidence</source>
        <translation>引用证据</translation>
    </message>
    <message>
        <source>诉讼请求, one per line. The amounts claimed and 本案诉讼费用由被告负担 are added from the damages worksheet.</source>
        <translation>诉讼请求，每行一项。请求的金额及“本案诉讼费用由被告负担”由损害赔偿表自动加入。</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>事实陈述</translation>
    </message>
    <message>
        <source>How the case meets this element:</source>
        <translation>本案如何满足该构成要件：</translation>
    </message>
    <message>
        <source>Continuing Conduct</source>
        <translation>持续行为</translation>
    </message>
    <message>
        <source>The conduct of “%1” went on until (YYYY-MM-DD; empty: not continuing):</source>
        <translation>“%1”所涉行为持续至（YYYY-MM-DD；留空：非持续）：</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2022-03-01.</source>
        <translation>“%1”不是有效日期；请写作2022-03-01。</translation>
    </message>
    <message>
        <source>Facts &amp;&amp; Law</source>
        <translation>事实与法律</translation>
    </message>
</context>
<context>
    <name>habeas::GapReportView</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>gaps.csv</source>
        <translation>证明缺口.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>gaps.pdf</source>
        <translation>证明缺口.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Gap Report</source>
        <translation>导出证明缺口报告</translation>
    </message>
</context>
<context>
    <name>habeas::Inspector</name>
    <message>
        <source>Select a party or an exhibit to see its particulars.</source>
        <translation>选择当事人或证据以查看其详细信息。</translation>
    </message>
</context>
<context>
    <name>habeas::Keychain</name>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>无法将密码保存到系统钥匙串：%1</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>无法从系统钥匙串中删除密码：%1</translation>
    </message>
</context>
<context>
    <name>habeas::MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>搜索案件库（Ctrl+F）</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>案件库：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开案件库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Move Case to Trash</source>
        <translation>将案件移至回收站(&amp;M)</translation>
    </message>
    <message>
        <source>R&amp;estore Case</source>
        <translation>恢复案件(&amp;E)</translation>
    </message>
    <message>
        <source>Delete Case &amp;Permanently…</source>
        <translation>永久删除案件(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation>编辑案件(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;Party…</source>
        <translation>添加当事人(&amp;P)…</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>显示回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>搜索案件库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find Case</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Statutes…</source>
        <translation>法规(&amp;S)…</translation>
    </message>
    <message>
        <source>All &amp;Deadlines…</source>
        <translation>全部期限(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;About Habeas</source>
        <translation>关于Habeas(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>法律(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>Habeas — %1 (read-only)</source>
        <translation>Habeas — %1（只读）</translation>
    </message>
    <message>
        <source>Habeas — %1</source>
        <translation>Habeas — %1</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Move case to trash</source>
        <translation>将案件移至回收站</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash. Edit ▸ Undo or Restore brings it back.</source>
        <translation>已将“%1”移至回收站。可通过“编辑 ▸ 撤销”或“恢复案件”将其还原。</translation>
    </message>
    <message>
        <source>Restore case</source>
        <translation>恢复案件</translation>
    </message>
    <message>
        <source>Delete case permanently</source>
        <translation>永久删除案件</translation>
    </message>
    <message>
        <source>Delete “%1” and everything in it for good? This cannot be undone; the audit log keeps a record that it was deleted.</source>
        <translation>要永久删除“%1”及其全部内容吗？此操作无法撤销；审计日志将保留该案件已被删除的记录。</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain intact (%n entries)</source>
        <translation>
            <numerusform>审计链完整（共%n条记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Saved. The new language or library is used when Habeas starts again.</source>
        <translation>已保存。新的语言或案件库将在Habeas重新启动后生效。</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>打开或新建案件库</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2：%3（%4）</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <source>These deadlines fall due within %n day(s) or have passed:</source>
        <translation>
            <numerusform>以下期限将在%n日内届满或已经逾期：</numerusform>
        </translation>
    </message>
    <message>
        <source>About Habeas</source>
        <translation>关于Habeas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Habeas %1&lt;/h3&gt;&lt;p&gt;A workbench for privacy litigation under Chinese law: cases, evidence, statutes, damages and the documents to file. Everything stays in the library on this computer.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL version 3&lt;/li&gt;&lt;li&gt;SQLite %3 — public domain&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The statutes shipped are official texts, which are not subject to copyright (Copyright Law of the PRC, Art. 5).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Habeas %1&lt;/h3&gt;&lt;p&gt;依据中国法律开展隐私诉讼的工作平台：案件、证据、法律法规、损害赔偿计算以及拟提交的文书。所有数据均保存在本机的案件库中。&lt;/p&gt;&lt;p&gt;构建所用组件：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL 第3版&lt;/li&gt;&lt;li&gt;SQLite %3 — 公有领域&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;随附的法律法规均为官方文本，不适用著作权法保护（《中华人民共和国著作权法》第五条）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Damaged library</source>
        <translation>案件库已损坏</translation>
    </message>
</context>
<context>
    <name>habeas::OverviewPanel</name>
    <message>
        <source>&amp;Edit case…</source>
        <translation>编辑案件(&amp;E)…</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案号：</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>受理法院：</translation>
    </message>
    <message>
        <source>Cause of action:</source>
        <translation>案由：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>案件类型：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>立案日期：</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>当事人：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1（在回收站中）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>No open deadline.</source>
        <translation>没有未完成的期限。</translation>
    </message>
    <message>
        <source>Next deadline: %1, due %2 (%3)</source>
        <translation>下一期限：%1，%2届满（%3）</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>habeas::PageRenderer</name>
    <message>
        <source>The PDF has no pages.</source>
        <translation>该PDF没有页面。</translation>
    </message>
</context>
<context>
    <name>habeas::PageView</name>
    <message>
        <source>Note for this highlight — Enter to add</source>
        <translation>为此高亮标注添加备注——按Enter键添加</translation>
    </message>
    <message>
        <source>Review comments:</source>
        <translation>审阅意见：</translation>
    </message>
</context>
<context>
    <name>habeas::PartiesPanel</name>
    <message>
        <source>Role</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Relation to the party</source>
        <translation>与当事人的关系</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>代理权限</translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation>添加当事人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>恢复(&amp;S)</translation>
    </message>
    <message>
        <source>Show removed parties</source>
        <translation>显示已移除的当事人</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>编辑当事人</translation>
    </message>
    <message>
        <source>Restore party</source>
        <translation>恢复当事人</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>移除当事人</translation>
    </message>
    <message>
        <source>Removed %1. Edit ▸ Undo brings the party back.</source>
        <translation>已移除%1。可通过“编辑 ▸ 撤销”恢复该当事人。</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
</context>
<context>
    <name>habeas::PartyDialog</name>
    <message>
        <source>Edit party</source>
        <translation>编辑当事人</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>工作单位：</translation>
    </message>
    <message>
        <source>Resident ID number:</source>
        <translation>居民身份证号码：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>18 characters, e.g. 11010519491231002X</source>
        <translation>18位，例如11010519491231002X</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18位，例如91350100M000100Y43</translation>
    </message>
    <message>
        <source>e.g. 执行董事, 总经理</source>
        <translation>例如：执行董事、总经理</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>诉讼地位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名/名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Domicile:</source>
        <translation>住所(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Represents:</source>
        <translation>被代理人：</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>代理类型(&amp;A)：</translation>
    </message>
    <message>
        <source>Re&amp;lation to the party:</source>
        <translation>与当事人的关系(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. 父亲, 母亲, 监护人</source>
        <translation>如：父亲、母亲、监护人</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>代理权限(&amp;U)：</translation>
    </message>
    <message>
        <source>Special powers:</source>
        <translation>特别授权事项：</translation>
    </message>
    <message>
        <source>%1 already has two agents ad litem; a party may entrust one or two (CPL Art. 61).</source>
        <translation>%1已有两名委托诉讼代理人；当事人可以委托一至二人作为诉讼代理人（民事诉讼法第六十一条）。</translation>
    </message>
</context>
<context>
    <name>habeas::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Not found; install Tesseract or give its path</source>
        <translation>未找到；请安装Tesseract或填写其路径</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>已找到：%1</translation>
    </message>
    <message>
        <source>The tesseract program used to read text in images (OCR)</source>
        <translation>用于识别图片文字（OCR）的tesseract程序</translation>
    </message>
    <message>
        <source>Changes to the language and the library take effect when Habeas starts again.</source>
        <translation>语言和案件库的更改将在Habeas重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>L&amp;ibrary folder:</source>
        <translation>案件库文件夹(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Tesseract program:</source>
        <translation>&amp;Tesseract程序：</translation>
    </message>
    <message>
        <source>Your &amp;name (review comments):</source>
        <translation>您的姓名(&amp;N)（审阅意见）：</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>案件库文件夹</translation>
    </message>
    <message>
        <source>Tesseract program</source>
        <translation>Tesseract程序</translation>
    </message>
</context>
<context>
    <name>habeas::PublicInterestPanel</name>
    <message>
        <source>Published on</source>
        <translation>发布于</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Record &amp;fine</source>
        <translation>记录罚金(&amp;F)</translation>
    </message>
    <message>
        <source>One a line: name and title, e.g. 王某 检察官</source>
        <translation>每行一人：姓名和职务，如 王某 检察官</translation>
    </message>
    <message>
        <source>e.g. 正义网</source>
        <translation>如正义网</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>尚不知</translation>
    </message>
    <message>
        <source>No body or organisation sued</source>
        <translation>无机关或组织提起诉讼</translation>
    </message>
    <message>
        <source>An organisation came forward to sue</source>
        <translation>已有组织提起诉讼</translation>
    </message>
    <message>
        <source>the organisations, separated by 、</source>
        <translation>组织名称，以“、”分隔</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>the criminal judgment, e.g. （2025）京0108刑初123号</source>
        <translation>刑事判决，如（2025）京0108刑初123号</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>检察机关</translation>
    </message>
    <message>
        <source>&amp;Prosecutors:</source>
        <translation>承办检察官(&amp;P)：</translation>
    </message>
    <message>
        <source>Announcement before suing (诉前公告, 30 days)</source>
        <translation>诉前公告（三十日）</translation>
    </message>
    <message>
        <source>Publication:</source>
        <translation>发布：</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>媒体(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Period ends:</source>
        <translation>公告期届满：</translation>
    </message>
    <message>
        <source>&amp;Afterwards:</source>
        <translation>公告期满后(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Damages for the public interest</source>
        <translation>公益损害赔偿</translation>
    </message>
    <message>
        <source>Criminal fine of</source>
        <translation>刑事罚金：</translation>
    </message>
    <message>
        <source>This is not a public-interest case. A procuratorate&apos;s case has the kind “Public-interest suit” or “Public-interest suit with a criminal case” (Edit case).</source>
        <translation>本案不是公益诉讼案件。检察机关的案件类型应为“民事公益诉讼”或“刑事附带民事公益诉讼”（编辑案件）。</translation>
    </message>
    <message>
        <source>%1 — 文号: %2</source>
        <translation>%1 — 文号：%2</translation>
    </message>
    <message>
        <source>not yet given (Edit case)</source>
        <translation>尚未填写（编辑案件）</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>公益诉讼</translation>
    </message>
    <message>
        <source>Saved the prosecutors and the announcement.</source>
        <translation>已保存承办检察官和诉前公告。</translation>
    </message>
    <message>
        <source>Criminal fine</source>
        <translation>刑事罚金</translation>
    </message>
    <message>
        <source>For the public interest</source>
        <translation>公益损害赔偿</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>被告</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>单独承担</translation>
    </message>
    <message>
        <source>Jointly and severally</source>
        <translation>连带承担</translation>
    </message>
    <message>
        <source>Of which illegal gain</source>
        <translation>其中违法所得</translation>
    </message>
    <message>
        <source>Criminal fine (not claimed)</source>
        <translation>刑事罚金（不作为诉讼请求）</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>款项去向</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金额（元）</translation>
    </message>
</context>
<context>
    <name>habeas::ReadingActivity</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading the files; what is not read yet stays pending</source>
        <translation>停止读取文件；尚未读取的文件将保持待读取状态</translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>正在读取第%1个文件（共%2个）…</translation>
    </message>
</context>
<context>
    <name>habeas::RegisterImportDialog</name>
    <message>
        <source>Import Register — %1</source>
        <translation>导入名册 — %1</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be read. Check which column holds each kind of information; only keyed hashes of ID and phone numbers and the facts derived from them are stored.</source>
        <translation>以下为文件前几行的读取结果。请核对每类信息所在的列；只保存身份证号码和电话号码的密钥散列值及由其推得的事实。</translation>
    </message>
    <message>
        <source>(no such column)</source>
        <translation>（无此列）</translation>
    </message>
    <message>
        <source>the earliest date in the case&apos;s chronology</source>
        <translation>案件事实经过中最早的日期</translation>
    </message>
    <message>
        <source>the case&apos;s chronology has no date to the day: give the date of the conduct</source>
        <translation>案件事实经过中没有精确到日的日期：请给出行为发生日期</translation>
    </message>
    <message>
        <source>Ages counted on:</source>
        <translation>年龄计算日：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1 cannot be read: %2</source>
        <translation>第 %1 行无法读取：%2</translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation>表头行无法读取：%1</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 中没有任何行。</translation>
    </message>
    <message>
        <source>No column is known to hold the ID number: choose it above.</source>
        <translation>未能识别身份证号码所在的列：请在上方选择。</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>habeas::RegisterPanel</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Clear Register…</source>
        <translation>清除名册…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按信息类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>按年龄段</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <source>Province (ID code)</source>
        <translation>省份（身份证代码）</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>the ID number or phone of a person</source>
        <translation>某人的身份证号码或电话</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find a person:</source>
        <translation>查找某人：</translation>
    </message>
    <message>
        <source>Only a public-interest case has a register of affected persons (the case kind, Edit case).</source>
        <translation>只有公益诉讼案件才有受害人名册（案件类型，见“编辑案件”）。</translation>
    </message>
    <message>
        <source>This case has no register of affected persons yet. Import the list behind it (a CSV or XLSX file); only keyed hashes of ID and phone numbers are kept.</source>
        <translation>本案尚无受害人名册。请导入其所依据的名单（CSV 或 XLSX 文件）；只保存身份证号码和电话号码的密钥散列值。</translation>
    </message>
    <message>
        <source>The register of affected persons, imported from %1.</source>
        <translation>受害人名册，导入自 %1。</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Persons (distinct valid ID numbers)</source>
        <translation>人数（不重复的有效身份证号码）</translation>
    </message>
    <message>
        <source>Repeated persons</source>
        <translation>重复人员</translation>
    </message>
    <message>
        <source>Invalid ID numbers</source>
        <translation>无效身份证号码</translation>
    </message>
    <message>
        <source>Minors (under 18)</source>
        <translation>未成年人（不满十八周岁）</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>不满十四周岁</translation>
    </message>
    <message>
        <source>Invalid phone numbers</source>
        <translation>无效电话号码</translation>
    </message>
    <message>
        <source>Unreadable rows</source>
        <translation>无法读取的行</translation>
    </message>
    <message>
        <source>Ages counted on</source>
        <translation>年龄计算日</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>Import Register</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx);;All files (*)</source>
        <translation>名册 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace Register</source>
        <translation>替换名册</translation>
    </message>
    <message>
        <source>This case already has a register of affected persons. Replace it with %1?</source>
        <translation>本案已有受害人名册。是否以 %1 替换？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入%1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the register is as it was.</source>
        <translation>导入已取消；名册保持原状。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into the register.</source>
        <translation>
            <numerusform>已向名册导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n 行无法读取，已略去：</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 行。</translation>
    </message>
    <message>
        <source>Not in the register.</source>
        <translation>不在名册中。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>, aged %1</source>
        <translation>，%1 岁</translation>
    </message>
    <message numerus="yes">
        <source>In the register on %n line(s): </source>
        <translation>
            <numerusform>在名册中，共 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Register</source>
        <translation>清除名册</translation>
    </message>
    <message>
        <source>Delete the register of affected persons of this case? Its figures leave the filings until a register is imported again.</source>
        <translation>删除本案的受害人名册？在重新导入名册之前，文书中将不再有其数据。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>名册</translation>
    </message>
</context>
<context>
    <name>habeas::RequestList</name>
    <message>
        <source>Review comments:</source>
        <translation>审阅意见：</translation>
    </message>
</context>
<context>
    <name>habeas::ReviewCommentDialog</name>
    <message>
        <source>Add Review Comment</source>
        <translation>添加审阅意见</translation>
    </message>
    <message>
        <source>Edit Review Comment</source>
        <translation>编辑审阅意见</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>对象(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 — Element %2: %3</source>
        <translation>%1 — 要件%2：%3</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>请求%1：%2</translation>
    </message>
    <message>
        <source>Document: %1 (%2)</source>
        <translation>文书：%1（%2）</translation>
    </message>
    <message>
        <source>The case has nothing to comment on yet: no claim, region, request or generated document.</source>
        <translation>案件中尚无可以审阅的内容：没有请求权要件、证据区域、诉讼请求或已生成的文书。</translation>
    </message>
    <message>
        <source>A review comment needs some text.</source>
        <translation>审阅意见不能为空。</translation>
    </message>
</context>
<context>
    <name>habeas::ReviewPanel</name>
    <message>
        <source>&amp;Add Comment…</source>
        <translation>添加意见(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我方(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>采用对方(&amp;T)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (revision %4)</source>
        <translation>%1 — %2，%3（第%4版）</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2.</source>
        <translation>已由%1于%2解决。</translation>
    </message>
    <message>
        <source>Changed on both sides since the last exchange. Theirs (%1): %2</source>
        <translation>自上次交换以来双方均有修改。对方版本（%1）：%2</translation>
    </message>
    <message>
        <source>Add Review Comment</source>
        <translation>添加审阅意见</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
</context>
<context>
    <name>habeas::SearchResults</name>
    <message>
        <source>Exhibit</source>
        <translation>证据编号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>title/notes</source>
        <translation>名称/备注</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1”的搜索结果：共%n条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::ServerLoginDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Log in to the library server</source>
        <translation>登录案卷库服务器</translation>
    </message>
    <message>
        <source>Open Server Library</source>
        <translation>打开服务器案卷库</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Your own login on the firm&apos;s server. Leave the password empty when libpq finds it (PGPASSWORD or ~/.pgpass).</source>
        <translation>您在本所服务器上的个人登录名。若 libpq 能找到密码（PGPASSWORD 或 ~/.pgpass），密码可留空。</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://</source>
        <translation>服务器地址以 postgresql:// 开头</translation>
    </message>
</context>
<context>
    <name>habeas::ServerStatus</name>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>⚠ The library server %1 cannot be reached: changes cannot be saved until it answers.</source>
        <translation>⚠ 无法连接案件库服务器%1：在其恢复响应之前，修改无法保存。</translation>
    </message>
</context>
<context>
    <name>habeas::StaleEdit</name>
    <message>
        <source>Reload shows their version and discards your changes; Overwrite saves yours over theirs; Cancel goes back to your changes.</source>
        <translation>“重新载入”显示对方的版本并放弃您的修改；“覆盖”以您的修改覆盖对方的修改；“取消”返回您的修改。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
</context>
<context>
    <name>habeas::StatuteBrowser</name>
    <message>
        <source>Statutes</source>
        <translation>法规</translation>
    </message>
    <message>
        <source>Search the statutes, or type a citation (PIPL 16, 民法典第一千零三十四条)</source>
        <translation>搜索法规，或输入条文引用（PIPL 16、民法典第一千零三十四条）</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>复制引用(&amp;C)</translation>
    </message>
    <message>
        <source>Claims in this library that rest on it</source>
        <translation>本案件库中依据该条文的请求</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到%n条条文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::TeachingChecklist</name>
    <message>
        <source>Export Teaching Copy</source>
        <translation>导出教学副本</translation>
    </message>
    <message>
        <source>A teaching copy replaces every person named in the case by a pseudonym and masks ID numbers, credit codes, phones and addresses. Each exhibit goes in only as shown here: every page rendered, its redactions burned in, no original. Look at every page and tick the exhibit when nothing on it identifies anyone.</source>
        <translation>教学副本以化名替代案件中出现的每一个人，并遮蔽身份证号码、统一社会信用代码、电话和地址。每份证据只以此处所示的样子收录：逐页渲染、遮盖区域已烧录，不含原件。请逐页查看，确认其中没有任何可识别个人的内容后勾选该证据。</translation>
    </message>
    <message>
        <source>%1 %2 — I have looked at every page</source>
        <translation>%1 %2——我已逐页查看</translation>
    </message>
    <message>
        <source>Its redactions changed since it was last reviewed.</source>
        <translation>上次复核后其遮盖区域已变更。</translation>
    </message>
    <message>
        <source>Rendering the pages…</source>
        <translation>正在渲染页面……</translation>
    </message>
    <message>
        <source>The case has no exhibits: nothing to review.</source>
        <translation>本案没有证据，无需复核。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.</source>
        <translation>第%1页无法显示。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <source>This exhibit cannot be rendered; the export will refuse it.</source>
        <translation>该证据无法渲染，导出时将被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) not yet reviewed.</source>
        <translation>
            <numerusform>%n份证据尚未复核。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::TeachingExport</name>
    <message>
        <source>Export &amp;Teaching Copy…</source>
        <translation>导出教学副本(&amp;T)…</translation>
    </message>
    <message>
        <source>teaching copy</source>
        <translation>教学副本</translation>
    </message>
    <message>
        <source>Export Teaching Copy</source>
        <translation>导出教学副本</translation>
    </message>
    <message>
        <source>Writing the teaching copy to %1…</source>
        <translation>正在将教学副本写入%1……</translation>
    </message>
</context>
<context>
    <name>habeas::TeamAction</name>
    <message>
        <source>&amp;Team…</source>
        <translation>团队(&amp;T)…</translation>
    </message>
    <message>
        <source>Who may see and change this case</source>
        <translation>谁可以查看和修改此案件</translation>
    </message>
    <message>
        <source>Only a server library has teams: a folder library is one user&apos;s own.</source>
        <translation>只有服务器上的案件库才有团队：文件夹案件库只属于一位用户。</translation>
    </message>
</context>
<context>
    <name>habeas::TeamDialog</name>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读者</translation>
    </message>
    <message>
        <source>&amp;Add or Change</source>
        <translation>添加或更改(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from Team</source>
        <translation>移出团队(&amp;R)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>the user&apos;s server login</source>
        <translation>用户在服务器上的登录名</translation>
    </message>
    <message>
        <source>Who sees and changes “%1”: its lead and members change it, readers only read it, no one else sees it.</source>
        <translation>谁能查看和修改“%1”：负责人和成员可以修改，阅读者只能查看，其他人看不到该案件。</translation>
    </message>
    <message>
        <source>Only the case&apos;s lead or the library administrator changes its team.</source>
        <translation>只有案件负责人或案件库管理员才能调整团队。</translation>
    </message>
</context>
</TS>
