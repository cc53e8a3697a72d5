<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>bundle</name>
    <message>
        <source>%1 (its redactions changed since its review)</source>
        <translation>%1（复核后遮盖区域已变更）</translation>
    </message>
    <message>
        <source>A teaching copy carries only exhibits whose every page was reviewed; not reviewed: %1. Review them in File ▸ Export Teaching Copy…, or record it with `habeas-cli bundle review %2 --exhibit EVIDENCE`.</source>
        <translation>教学副本只收录每一页均已复核的证据；尚未复核：%1。请在“文件 ▸ 导出教学副本…”中复核，或以 `habeas-cli bundle review %2 --exhibit EVIDENCE` 记录复核。</translation>
    </message>
</context>
<context>
    <name>habeas</name>
    <message>
        <source>The original is missing from the library's blob store.</source>
        <translation>案件库的证据库中缺少原件。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>该PDF没有页面。</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>无法读取图像：%1</translation>
    </message>
    <message>
        <source>The evidence bundle was cancelled.</source>
        <translation>已取消生成证据材料。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>The case lacks what the evidence bundle needs: %1</source>
        <translation>案件缺少生成证据材料所需的信息：%1</translation>
    </message>
    <message>
        <source>The evidence list's length does not settle; the bundle cannot be paginated.</source>
        <translation>证据目录的篇幅无法确定，证据材料无法编排页码。</translation>
    </message>
    <message>
        <source>The evidence bundle's pages no longer match its list at %1; generate it again.</source>
        <translation>证据材料的页面与证据目录在%1处不再一致；请重新生成。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>The image cannot be read: its format is not recognised or it is damaged.</source>
        <translation>无法读取图像：无法识别其格式，或图像已损坏。</translation>
    </message>
    <message>
        <source>The image declares %1 × %2 pixels, more than the %3 megapixels Habeas opens; it was not decoded.</source>
        <translation>该图像声明的尺寸为%1 × %2像素，超过Habeas可打开的%3百万像素上限；未对其解码。</translation>
    </message>
    <message>
        <source>The image declares no pixels.</source>
        <translation>该图像未声明任何像素。</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation>%1不存在或无法读取。</translation>
    </message>
    <message>
        <source>Text recognition is not available: the tesseract program is not installed (%1).</source>
        <translation>文字识别（OCR）不可用：未安装tesseract程序（%1）。</translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation>已取消文字识别（OCR）。</translation>
    </message>
    <message>
        <source>Text recognition timed out after %1 s.</source>
        <translation>文字识别（OCR）超时（%1秒）。</translation>
    </message>
    <message>
        <source>Text recognition failed: tesseract crashed.</source>
        <translation>文字识别（OCR）失败：tesseract崩溃。</translation>
    </message>
    <message>
        <source>Text recognition is not available: a language it needs (%1) is not installed for tesseract.</source>
        <translation>文字识别（OCR）不可用：tesseract未安装所需的语言（%1）。</translation>
    </message>
    <message>
        <source>Text recognition failed: %1</source>
        <translation>文字识别（OCR）失败：%1</translation>
    </message>
    <message>
        <source>Text recognition is not available: the tesseract language data for %1 is not installed.</source>
        <translation>文字识别（OCR）不可用：未安装%1的tesseract语言数据。</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>This is not a PDF, or the PDF is damaged.</source>
        <translation>该文件不是PDF，或PDF已损坏。</translation>
    </message>
    <message>
        <source>The PDF is encrypted: a password is required to open it.</source>
        <translation>该PDF已加密：需要密码才能打开。</translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation>该密码无法打开此PDF。</translation>
    </message>
    <message>
        <source>%1 has no redaction region, so a redacted copy would show everything; mark the regions to black out first, or export the original.</source>
        <translation>%1没有遮盖区域，遮盖版副本将显示全部内容；请先标记需要涂黑的区域，或导出原件。</translation>
    </message>
    <message>
        <source>The stored original of %1 is missing or was altered (its SHA-256 no longer matches); nothing was exported.</source>
        <translation>%1存储的原件缺失或已被改动（与其SHA-256值不再一致）；未导出任何内容。</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation>无法解码图像：%1</translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation>无法读取第%1页。</translation>
    </message>
    <message>
        <source>The image cannot be written: %1</source>
        <translation>无法写入图像：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>The announcement needs its publication date.</source>
        <translation>诉前公告须有发布日期。</translation>
    </message>
    <message>
        <source>The publication date lies in the future.</source>
        <translation>发布日期晚于今日。</translation>
    </message>
    <message>
        <source>Name the medium the announcement ran in (e.g. 正义网).</source>
        <translation>请写明发布公告的媒体（如正义网）。</translation>
    </message>
    <message>
        <source>The announcement needs a contact person.</source>
        <translation>诉前公告须有联系人。</translation>
    </message>
    <message>
        <source>The announcement needs a contact phone number.</source>
        <translation>诉前公告须有联系电话。</translation>
    </message>
    <message>
        <source>Name the organisations that came forward.</source>
        <translation>请写明提起诉讼的组织。</translation>
    </message>
    <message>
        <source>The announcement runs until %1: whether an organisation came forward is known only after that day.</source>
        <translation>公告期至%1届满：届满后方能确定有无组织提起诉讼。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>category</source>
        <translation>信息类别</translation>
    </message>
    <message>
        <source>the file has no column "%1" (for %2); its columns: %3</source>
        <translation>文件中没有“%1”列（用于 %2）；文件的列为：%3</translation>
    </message>
    <message>
        <source>no column of the file holds the ID number (its columns: %1); name it with --column id-number=HEADER</source>
        <translation>文件中没有身份证号码列（文件的列为：%1）；请用 --column id-number=列名 指定</translation>
    </message>
    <message>
        <source>the import was cancelled; the library is unchanged</source>
        <translation>导入已取消；库未作任何更改</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>no row of %1 could be read (%2)</source>
        <translation>%1 中没有任何一行可以读取（%2）</translation>
    </message>
    <message>
        <source>it has a header and nothing else</source>
        <translation>只有表头，没有其他内容</translation>
    </message>
    <message>
        <source>There is no review comment %1.</source>
        <translation>不存在第%1条审阅意见。</translation>
    </message>
    <message>
        <source>A review comment needs some text.</source>
        <translation>审阅意见不能为空。</translation>
    </message>
    <message>
        <source>Edit Review Comment</source>
        <translation>编辑审阅意见</translation>
    </message>
    <message>
        <source>Resolve Review Comment</source>
        <translation>解决审阅意见</translation>
    </message>
    <message>
        <source>Reopen Review Comment</source>
        <translation>重新打开审阅意见</translation>
    </message>
    <message>
        <source>Remove Review Comment</source>
        <translation>删除审阅意见</translation>
    </message>
    <message>
        <source>Keep My Version of a Review Comment</source>
        <translation>保留我方版本的审阅意见</translation>
    </message>
    <message>
        <source>Take the Other Version of a Review Comment</source>
        <translation>采用对方版本的审阅意见</translation>
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
        <translation>元</translation>
    </message>
</context>
<context>
    <name>habeas::AddReviewCommentCommand</name>
    <message>
        <source>Add Review Comment</source>
        <translation>添加审阅意见</translation>
    </message>
</context>
<context>
    <name>habeas::Annotations</name>
    <message>
        <source>A region lies inside the page: x, y, width and height are fractions of the page between 0 and 1.</source>
        <translation>区域必须位于页面之内：x、y、宽度和高度均为0至1之间的页面比例值。</translation>
    </message>
    <message numerus="yes">
        <source>Exhibit %1 has no page %2 (it has %n page(s)).</source>
        <translation>
            <numerusform>%1没有第%2页（共%n页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no region %1.</source>
        <translation>没有ID为%1的区域。</translation>
    </message>
    <message>
        <source>%1, page %2, region %3</source>
        <translation>%1第%2页区域%3</translation>
    </message>
</context>
<context>
    <name>habeas::AuditLog</name>
    <message>
        <source>entry %1 is missing (the log jumps to %2)</source>
        <translation>第%1条记录缺失（日志跳至第%2条）</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2</source>
        <translation>第%1条记录未承接第%2条记录</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>第%1条记录写入后被修改</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1.</source>
        <translation>审计链已断裂：%1。</translation>
    </message>
    <message>
        <source>the file %1 that records its last entry is unreadable</source>
        <translation>记录最后一条日志的文件%1无法读取</translation>
    </message>
    <message>
        <source>the file %1 that records its last entry was deleted</source>
        <translation>记录最后一条日志的文件%1已被删除</translation>
    </message>
    <message>
        <source>entry %1 is not the one %2 records (the log was rewritten)</source>
        <translation>第%1条记录与%2所记录的不一致（日志被改写）</translation>
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
    <name>habeas::BlobCollector</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除%1：%2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除%1。</translation>
    </message>
</context>
<context>
    <name>habeas::BlobStore</name>
    <message>
        <source>Cannot create the evidence store at %1.</source>
        <translation>无法在%1创建证据库。</translation>
    </message>
    <message>
        <source>Cannot write into the evidence store: %1</source>
        <translation>无法写入证据库：%1</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>读取文件失败：%1</translation>
    </message>
    <message>
        <source>Writing into the evidence store failed (is the disk full?): %1</source>
        <translation>写入证据库失败（磁盘是否已满？）：%1</translation>
    </message>
    <message>
        <source>Cannot create a folder in the evidence store.</source>
        <translation>无法在证据库中创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot move the file into the evidence store: %1</source>
        <translation>无法将文件移入证据库：%1</translation>
    </message>
    <message>
        <source>The evidence store folder %1 is missing.</source>
        <translation>证据库文件夹%1不存在。</translation>
    </message>
    <message>
        <source>%1 is not a stored evidence file.</source>
        <translation>%1不是证据库中存储的证据文件。</translation>
    </message>
    <message>
        <source>%1 was altered: its bytes no longer match its SHA-256.</source>
        <translation>%1已被修改：其内容与SHA-256值不再一致。</translation>
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
        <source>Imported "%1" as a new case.</source>
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
    <message>
        <source>Import &amp;Review Comments…</source>
        <translation>导入审阅意见(&amp;R)…</translation>
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
</context>
<context>
    <name>habeas::CaseCommands</name>
    <message>
        <source>Create case “%1”</source>
        <translation>新建案件“%1”</translation>
    </message>
    <message>
        <source>Move case “%1” to the trash</source>
        <translation>将案件“%1”移至回收站</translation>
    </message>
    <message>
        <source>Restore case “%1”</source>
        <translation>恢复案件“%1”</translation>
    </message>
    <message>
        <source>Edit case “%1”</source>
        <translation>编辑案件“%1”</translation>
    </message>
    <message>
        <source>Add party “%1”</source>
        <translation>添加当事人“%1”</translation>
    </message>
    <message>
        <source>Edit party “%1”</source>
        <translation>编辑当事人“%1”</translation>
    </message>
    <message>
        <source>Remove party “%1”</source>
        <translation>移除当事人“%1”</translation>
    </message>
    <message>
        <source>Restore party “%1”</source>
        <translation>恢复当事人“%1”</translation>
    </message>
    <message>
        <source>Edit the prosecutors, announcement or fines</source>
        <translation>编辑承办检察官、诉前公告或罚金</translation>
    </message>
</context>
<context>
    <name>habeas::CaseDialog</name>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
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
        <source>Cause of &amp;action:</source>
        <translation>案由(&amp;A)：</translation>
    </message>
    <message>
        <source>Filing:</source>
        <translation>立案：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>The day the case ended (judgment in force, withdrawal, settlement): no deadline starts after it.</source>
        <translation>案件终结之日（判决生效、撤诉、和解）：此后不再起算期限。</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>终结：</translation>
    </message>
    <message>
        <source>public interest: e.g. 京海检民公诉〔2024〕1号</source>
        <translation>公益诉讼：如京海检民公诉〔2024〕1号</translation>
    </message>
    <message>
        <source>Procuratorate's &amp;document number:</source>
        <translation>检察机关文号(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>habeas::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>受理法院</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
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
    <name>habeas::CaseStore</name>
    <message>
        <source>%1 v. %2</source>
        <translation>%1诉%2</translation>
    </message>
    <message>
        <source>Case %1 is already in the trash.</source>
        <translation>案件%1已在回收站中。</translation>
    </message>
    <message>
        <source>Case %1 is not in the trash.</source>
        <translation>案件%1不在回收站中。</translation>
    </message>
    <message>
        <source>Only a case in the trash can be deleted for good; move case %1 to the trash first.</source>
        <translation>只有回收站中的案件才能永久删除；请先将案件%1移至回收站。</translation>
    </message>
    <message>
        <source>There is no case %1 in this library.</source>
        <translation>本案件库中没有案件%1。</translation>
    </message>
    <message>
        <source>Case %1 is in the trash; restore it before adding parties.</source>
        <translation>案件%1在回收站中；请先恢复该案件，再添加当事人。</translation>
    </message>
    <message>
        <source>Party %1 is not a party of case %2.</source>
        <translation>当事人%1不是案件%2的当事人。</translation>
    </message>
    <message>
        <source>Party %1 is already removed.</source>
        <translation>当事人%1已被移除。</translation>
    </message>
    <message>
        <source>Party %1 is not removed.</source>
        <translation>当事人%1未被移除。</translation>
    </message>
    <message>
        <source>There is no party %1 in this library.</source>
        <translation>本案件库中没有当事人%1。</translation>
    </message>
    <message>
        <source>%1 is an organisation; only a natural person has a statutory agent.</source>
        <translation>%1为组织，只有自然人才有法定代理人。</translation>
    </message>
    <message>
        <source>%1 already has two agents ad litem; a party may entrust one or two (CPL Art. 61). Remove one before adding %2.</source>
        <translation>%1已有两名委托诉讼代理人；当事人可以委托一至二人作为诉讼代理人（民事诉讼法第六十一条）。请先移除一名，再添加%2。</translation>
    </message>
</context>
<context>
    <name>habeas::CaseTypes</name>
    <message>
        <source>Private suit</source>
        <translation>民事私益诉讼</translation>
    </message>
    <message>
        <source>Public-interest suit</source>
        <translation>民事公益诉讼</translation>
    </message>
    <message>
        <source>Clinic (teaching)</source>
        <translation>法律诊所（教学）</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>接案</translation>
    </message>
    <message>
        <source>Collecting evidence</source>
        <translation>取证</translation>
    </message>
    <message>
        <source>Before filing</source>
        <translation>诉前准备</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>First instance</source>
        <translation>一审</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>二审</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Plaintiff</source>
        <translation>原告</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>被告</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <source>Public-interest plaintiff</source>
        <translation>公益诉讼起诉人</translation>
    </message>
    <message>
        <source>Agent ad litem</source>
        <translation>诉讼代理人</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>法人或其他组织</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>请填写案件名称。</translation>
    </message>
    <message>
        <source>The filing date lies in the future.</source>
        <translation>立案日期晚于当前日期。</translation>
    </message>
    <message>
        <source>A party needs a name.</source>
        <translation>请填写当事人的姓名或名称。</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>出生日期晚于当前日期。</translation>
    </message>
    <message>
        <source>The ID number gives the birth date %1, not %2.</source>
        <translation>居民身份证号码显示的出生日期为%1，而非%2。</translation>
    </message>
    <message>
        <source>The ID number belongs to a man.</source>
        <translation>该居民身份证号码属于男性。</translation>
    </message>
    <message>
        <source>The ID number belongs to a woman.</source>
        <translation>该居民身份证号码属于女性。</translation>
    </message>
    <message>
        <source>A natural person has no unified social credit code.</source>
        <translation>自然人没有统一社会信用代码。</translation>
    </message>
    <message>
        <source>An organisation has no resident ID number; enter its unified social credit code.</source>
        <translation>法人或其他组织没有居民身份证号码；请填写其统一社会信用代码。</translation>
    </message>
    <message>
        <source>The case cannot close before it was filed.</source>
        <translation>结案日期不能早于立案日期。</translation>
    </message>
    <message>
        <source>Entrusted agent (CPL 61)</source>
        <translation>委托诉讼代理人（民事诉讼法第六十一条）</translation>
    </message>
    <message>
        <source>Statutory agent (guardian, CPL 60)</source>
        <translation>法定代理人（监护人，民事诉讼法第六十条）</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>General authority</source>
        <translation>一般授权</translation>
    </message>
    <message>
        <source>Special authority (CPL 62)</source>
        <translation>特别授权（民事诉讼法第六十二条）</translation>
    </message>
    <message>
        <source>admit claims</source>
        <translation>代为承认诉讼请求</translation>
    </message>
    <message>
        <source>waive claims</source>
        <translation>代为放弃诉讼请求</translation>
    </message>
    <message>
        <source>modify claims</source>
        <translation>代为变更诉讼请求</translation>
    </message>
    <message>
        <source>settle</source>
        <translation>进行和解</translation>
    </message>
    <message>
        <source>counterclaim</source>
        <translation>提起反诉</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>提起上诉</translation>
    </message>
    <message>
        <source>Only an agent has an agency, a relation or powers.</source>
        <translation>只有代理人才有代理类型、与当事人的关系或代理权限。</translation>
    </message>
    <message>
        <source>A statutory agent (法定代理人) is a natural person.</source>
        <translation>法定代理人须为自然人。</translation>
    </message>
    <message>
        <source>A statutory agent needs the relation to the party (e.g. 父亲, 监护人).</source>
        <translation>法定代理人须写明与当事人的关系（如父亲、监护人）。</translation>
    </message>
    <message>
        <source>A statutory agent acts by law, not under a power of attorney.</source>
        <translation>法定代理人依法代理，无需授权委托书。</translation>
    </message>
    <message>
        <source>Special powers need special authority (CPL 62).</source>
        <translation>特别授权事项须以特别授权方式授予（民事诉讼法第六十二条）。</translation>
    </message>
    <message>
        <source>Special authority names at least one special power (CPL 62).</source>
        <translation>特别授权须至少列明一项特别授权事项（民事诉讼法第六十二条）。</translation>
    </message>
    <message>
        <source>Public-interest suit with a criminal case</source>
        <translation>刑事附带民事公益诉讼</translation>
    </message>
    <message>
        <source>Only a public-interest case has a procuratorate's document number (文号).</source>
        <translation>只有公益诉讼案件才有检察机关的文号。</translation>
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
    <name>habeas::ChronologyModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
</context>
<context>
    <name>habeas::Citation</name>
    <message>
        <source>%1 has no Article %2; its articles run from %3 to %4.</source>
        <translation>%1无第%2条；其条文范围为第%3条至第%4条。</translation>
    </message>
    <message>
        <source>Article %2 is not in the bundled books of the %1; they hold Articles %3.</source>
        <translation>已收录的%1各编中没有第%2条；已收录的条文为第%3条。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>是否指%1？</translation>
    </message>
    <message>
        <source>Unknown statute “%1”.</source>
        <translation>未知的法律法规“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Article %1 of %2 has %n paragraph(s); there is no paragraph %3.</source>
        <translation>
            <numerusform>%2第%1条共%n款，没有第%3款。</numerusform>
        </translation>
    </message>
    <message>
        <source>Article %1 of %2 has no numbered items.</source>
        <translation>%2第%1条未分项。</translation>
    </message>
    <message>
        <source>Several paragraphs of Article %1 of %2 have numbered items; name the paragraph, e.g. %3.</source>
        <translation>%2第%1条有多款设有项；请指明款，例如%3。</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1 of Article %2 of %3 has %n item(s); there is no item %4.</source>
        <translation>
            <numerusform>%3第%2条第%1款共%n项，没有第%4项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The citation is empty.</source>
        <translation>法条引用为空。</translation>
    </message>
    <message>
        <source>Cannot read “%1” as a citation; write e.g. “PIPL 13(1)(ii)” or “个人信息保护法第十三条第一款第（二）项”.</source>
        <translation>无法将“%1”识别为法条引用；请按如下格式书写，例如“PIPL 13(1)(ii)”或“个人信息保护法第十三条第一款第（二）项”。</translation>
    </message>
    <message>
        <source>“%1” does not name a statute.</source>
        <translation>“%1”未指明法律法规名称。</translation>
    </message>
    <message>
        <source>“%1” contains an invalid number.</source>
        <translation>“%1”中含有无效的序号。</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it may mean %2.</source>
        <translation>“%1”有歧义：可能指%2。</translation>
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
        <source>The sentence the claim's reasons stand under in the complaint</source>
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
    <name>habeas::Claims</name>
    <message>
        <source>There is no theory "%1" in the catalogue.</source>
        <translation>诉由目录中没有“%1”。</translation>
    </message>
    <message>
        <source>Case %1 already asserts %2 (claim %3).</source>
        <translation>案件%1已主张%2（请求%3）。</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>没有请求%1。</translation>
    </message>
    <message>
        <source>Claim %1 (%2) has no element "%3"; it has %4.</source>
        <translation>请求%1（%2）没有构成要件“%3”；其构成要件为%4。</translation>
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation>ID为%1的证据不是本案证据。</translation>
    </message>
    <message>
        <source>A page is 1 or more.</source>
        <translation>页码至少为1。</translation>
    </message>
    <message>
        <source>%1, page %2, region %3</source>
        <translation>%1第%2页区域%3</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1第%2页</translation>
    </message>
    <message>
        <source>Region %1 is not a region of exhibit %2.</source>
        <translation>ID为%1的区域不属于%2。</translation>
    </message>
    <message>
        <source>There is no citation %1.</source>
        <translation>没有ID为%1的证据引用。</translation>
    </message>
    <message>
        <source>The heading of claim %1 (%2) cannot be empty: write the sentence its reasons stand under, or return to the theory's own.</source>
        <translation>请求%1（%2）的标题不能为空：请填写该请求理由所在的标题句，或恢复理论默认标题。</translation>
    </message>
    <message>
        <source>Claim %1 (%2) offers no alternatives to choose from.</source>
        <translation>请求%1（%2）没有可供选择的情形。</translation>
    </message>
    <message>
        <source>Claim %1 (%2) has no alternative "%3"; it has %4.</source>
        <translation>请求%1（%2）没有情形“%3”；可选：%4。</translation>
    </message>
    <message>
        <source>Element %1 of claim %2 (%3) is the defendant's to prove: an adverse inference helps only the party that bears the burden (EvP 95).</source>
        <translation>请求%2（%3）的要件%1由被告举证：不利推定仅对负有举证责任的一方适用（民事诉讼证据规定第九十五条）。</translation>
    </message>
</context>
<context>
    <name>habeas::CourtFee</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Property case, 《诉讼费用交纳办法》第十三条第（一）项; claim %1 yuan.</source>
        <translation>财产案件，《诉讼费用交纳办法》第十三条第（一）项；诉讼请求金额%1元。</translation>
    </message>
    <message>
        <source>Personality-rights case, 《诉讼费用交纳办法》第十三条第（二）项; damages claimed %1 yuan.</source>
        <translation>人格权案件，《诉讼费用交纳办法》第十三条第（二）项；请求赔偿金额%1元。</translation>
    </message>
    <message>
        <source>Up to %1 yuan: fixed fee %2 yuan.</source>
        <translation>不超过%1元的：每件交纳%2元。</translation>
    </message>
    <message>
        <source>Per case: %1 yuan.</source>
        <translation>每件交纳%1元。</translation>
    </message>
    <message>
        <source>Damages up to %1 yuan: no additional fee.</source>
        <translation>赔偿金额不超过%1元的：不另行交纳。</translation>
    </message>
    <message>
        <source>%1 – %2 yuan: %3 yuan at %4% = %5 yuan.</source>
        <translation>超过%1元至%2元的部分：%3元 × %4% = %5元。</translation>
    </message>
    <message>
        <source>Above %1 yuan: %2 yuan at %3% = %4 yuan.</source>
        <translation>超过%1元的部分：%2元 × %3% = %4元。</translation>
    </message>
    <message>
        <source>Fee: %1 yuan.</source>
        <translation>案件受理费：%1元。</translation>
    </message>
    <message>
        <source>Simplified procedure, halved under 《诉讼费用交纳办法》第十六条: %1 yuan.</source>
        <translation>适用简易程序，依《诉讼费用交纳办法》第十六条减半交纳：%1元。</translation>
    </message>
    <message>
        <source>Ended by mediation</source>
        <translation>以调解方式结案</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>申请撤诉</translation>
    </message>
    <message>
        <source>Simplified procedure (《诉讼费用交纳办法》第十六条) and %1 (第十五条): halved once, %2 yuan.</source>
        <translation>适用简易程序（《诉讼费用交纳办法》第十六条）且%1（第十五条）：只减半一次，%2元。</translation>
    </message>
    <message>
        <source>%1, halved under 《诉讼费用交纳办法》第十五条: %2 yuan.</source>
        <translation>%1，依《诉讼费用交纳办法》第十五条减半：%2元。</translation>
    </message>
</context>
<context>
    <name>habeas::Damages</name>
    <message>
        <source>Lawyer's fee</source>
        <translation>律师费</translation>
    </message>
    <message>
        <source>Notarisation</source>
        <translation>公证费</translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation>可信时间戳</translation>
    </message>
    <message>
        <source>Evidence preservation</source>
        <translation>证据保全</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查取证</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>交通费</translation>
    </message>
    <message>
        <source>Printing and copying</source>
        <translation>打印复印费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>诉请方案</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期方案</translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation>保守方案</translation>
    </message>
    <message>
        <source>An item needs a scenario.</source>
        <translation>请为赔偿项目指定方案。</translation>
    </message>
    <message>
        <source>An amount lies between 0 and 10,000,000,000,000 yuan.</source>
        <translation>金额应在0至10,000,000,000,000元之间。</translation>
    </message>
    <message>
        <source>Party %1 is not a party of this case.</source>
        <translation>当事人%1不是本案当事人。</translation>
    </message>
    <message>
        <source>%1 is not a defendant of this case, so no item can be claimed against them.</source>
        <translation>%1不是本案被告，不能对其主张赔偿项目。</translation>
    </message>
    <message>
        <source>"%1" is not a factor of Art. 5.</source>
        <translation>“%1”不是精神损害赔偿司法解释第五条所列的因素。</translation>
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation>案件%1在回收站中。</translation>
    </message>
    <message>
        <source>Item %1 is already removed.</source>
        <translation>赔偿项目%1已被移除。</translation>
    </message>
    <message>
        <source>Item %1 is not removed.</source>
        <translation>赔偿项目%1未被移除。</translation>
    </message>
    <message>
        <source>There is no damages item %1.</source>
        <translation>本案件库中没有赔偿项目%1。</translation>
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation>ID为%1的证据不是本案证据。</translation>
    </message>
    <message>
        <source>Mental distress (item %1, %2) is claimed with no serious harm recorded: Civil Code Art. 1183(1) awards it only for serious mental harm. Record what shows it.</source>
        <translation>主张精神损害抚慰金（第%1项，%2）但未记录严重精神损害后果：民法典第一千一百八十三条第一款仅在造成严重精神损害时支持。请记录证明严重后果的事实。</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>State treasury (上缴国库)</source>
        <translation>上缴国库</translation>
    </message>
    <message>
        <source>Public-interest fund</source>
        <translation>公益基金</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Name the fund or organisation the money is to be paid to.</source>
        <translation>请写明款项支付至的基金或组织名称。</translation>
    </message>
    <message>
        <source>"%1" is not a count of the register: use records, minors, under14 or category:&lt;category&gt;.</source>
        <translation>“%1”不是登记名册的统计项：请使用 records、minors、under14 或 category:&lt;类别&gt;。</translation>
    </message>
</context>
<context>
    <name>habeas::DamagesCalc</name>
    <message>
        <source>Unattributed items: both property loss and processor gain are claimed. Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》第一千一百八十二条 these are alternative measures: claim one of them.</source>
        <translation>未归属于具体被告的赔偿项目：同时主张了财产损失和侵权人获益。依照《中华人民共和国个人信息保护法》第六十九条第二款和《中华人民共和国民法典》第一千一百八十二条，二者为择一适用的计算方式，请择一主张。</translation>
    </message>
    <message>
        <source>Defendant %1: both property loss and processor gain are claimed. Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》第一千一百八十二条 these are alternative measures: claim one of them.</source>
        <translation>被告%1：同时主张了财产损失和侵权人获益。依照《中华人民共和国个人信息保护法》第六十九条第二款和《中华人民共和国民法典》第一千一百八十二条，二者为择一适用的计算方式，请择一主张。</translation>
    </message>
    <message>
        <source>Enter a coefficient.</source>
        <translation>请输入系数。</translation>
    </message>
    <message>
        <source>A coefficient must be greater than zero.</source>
        <translation>系数必须大于零。</translation>
    </message>
    <message>
        <source>A coefficient is a decimal number such as 1.5 or 10.</source>
        <translation>系数应为数值，例如1.5或10。</translation>
    </message>
    <message>
        <source>A coefficient can have at most four decimal places.</source>
        <translation>系数最多保留四位小数。</translation>
    </message>
    <message>
        <source>The coefficient is too large.</source>
        <translation>系数过大。</translation>
    </message>
    <message>
        <source>The number of records must be at least one.</source>
        <translation>记录条数至少为1。</translation>
    </message>
    <message>
        <source>The amount per record must be greater than zero.</source>
        <translation>每条记录的金额必须大于零。</translation>
    </message>
    <message>
        <source>The result exceeds the maximum of 10,000,000,000,000 yuan.</source>
        <translation>计算结果超出最高限额10,000,000,000,000元。</translation>
    </message>
    <message>
        <source>Coefficient %1 ("%2"): %3</source>
        <translation>系数%1（“%2”）：%3</translation>
    </message>
    <message>
        <source>Item %1 has a negative amount.</source>
        <translation>赔偿项目%1的金额为负数。</translation>
    </message>
    <message>
        <source>Discretionary damages are claimed together with property loss or processor gain. Under 《中华人民共和国个人信息保护法》第六十九条第二款 and 《中华人民共和国民法典》第一千一百八十二条 the court fixes damages only when both the loss and the gain are hard to determine.</source>
        <translation>在主张财产损失或侵权人获益的同时主张了酌定赔偿。依照《中华人民共和国个人信息保护法》第六十九条第二款和《中华人民共和国民法典》第一千一百八十二条，仅在损失和获益均难以确定时，才由法院酌定赔偿数额。</translation>
    </message>
    <message>
        <source>The total exceeds the maximum of 10,000,000,000,000 yuan.</source>
        <translation>合计金额超出最高限额10,000,000,000,000元。</translation>
    </message>
</context>
<context>
    <name>habeas::DamagesCommands</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <source>Copy scenario “%1” to “%2”</source>
        <translation>将方案“%1”复制到“%2”</translation>
    </message>
    <message>
        <source>Scenario “%1” has no items to copy.</source>
        <translation>方案“%1”中没有可复制的赔偿项目。</translation>
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
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Proved by e&amp;xhibit:</source>
        <translation>证明证据(&amp;X)：</translation>
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
        <source>the fund's or organisation's name</source>
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
</context>
<context>
    <name>habeas::DamagesHead</name>
    <message>
        <source>Property loss</source>
        <translation>财产损失（实际损失）</translation>
    </message>
    <message>
        <source>Processor's gain</source>
        <translation>侵权人获益</translation>
    </message>
    <message>
        <source>Reasonable rights-protection costs</source>
        <translation>维权合理开支</translation>
    </message>
    <message>
        <source>Mental distress</source>
        <translation>精神损害抚慰金</translation>
    </message>
    <message>
        <source>Discretionary damages</source>
        <translation>酌定赔偿</translation>
    </message>
    <message>
        <source>Illegal gains</source>
        <translation>违法所得</translation>
    </message>
    <message>
        <source>Per-record damages</source>
        <translation>按记录计算的赔偿</translation>
    </message>
</context>
<context>
    <name>habeas::DamagesModel</name>
    <message>
        <source>%L1 records × %2 yuan</source>
        <translation>%L1条记录 × %2元</translation>
    </message>
    <message>
        <source>%1 (jointly and severally)</source>
        <translation>%1（连带）</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>赔偿项目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>被告</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金额（元）</translation>
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
    <message>
        <source>Scenarios: %1</source>
        <translation>各方案：%1</translation>
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
        <source>None: a procuratorate pays no court fee.</source>
        <translation>无：检察机关不交纳诉讼费用。</translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineCommands</name>
    <message>
        <source>Add the deadline “%1”</source>
        <translation>添加期限“%1”</translation>
    </message>
    <message>
        <source>Edit the deadline “%1”</source>
        <translation>编辑期限“%1”</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>将“%1”标记为已完成</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>重新打开“%1”</translation>
    </message>
    <message>
        <source>Remove the deadline “%1”</source>
        <translation>删除期限“%1”</translation>
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
        <source>(the rule's name)</source>
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
    <name>habeas::DeadlineModel</name>
    <message>
        <source>cannot be computed</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>自%2起%1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>届满日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineRule</name>
    <message>
        <source>Answer (defence)</source>
        <translation>答辩期</translation>
    </message>
    <message>
        <source>receipt of the copy of the complaint</source>
        <translation>收到起诉状副本之日</translation>
    </message>
    <message>
        <source>Appeal from a judgment</source>
        <translation>上诉期（判决）</translation>
    </message>
    <message>
        <source>service of the first-instance judgment</source>
        <translation>一审判决书送达之日</translation>
    </message>
    <message>
        <source>Appeal from a ruling</source>
        <translation>上诉期（裁定）</translation>
    </message>
    <message>
        <source>service of the first-instance ruling</source>
        <translation>一审裁定书送达之日</translation>
    </message>
    <message>
        <source>Evidence period</source>
        <translation>举证期限</translation>
    </message>
    <message>
        <source>the day the court's notice sets</source>
        <translation>法院通知确定之日</translation>
    </message>
    <message>
        <source>Application for retrial</source>
        <translation>申请再审期限</translation>
    </message>
    <message>
        <source>the judgment or ruling taking legal effect</source>
        <translation>判决、裁定发生法律效力之日</translation>
    </message>
    <message>
        <source>Application for enforcement</source>
        <translation>申请执行期限</translation>
    </message>
    <message>
        <source>the last day of performance the judgment sets</source>
        <translation>法律文书规定履行期间的最后一日</translation>
    </message>
    <message>
        <source>Limitation period</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <source>the day the right holder knew or should have known of the harm and the obligor</source>
        <translation>权利人知道或者应当知道权利受到损害以及义务人之日</translation>
    </message>
    <message>
        <source>Public-interest announcement</source>
        <translation>诉前公告期</translation>
    </message>
    <message>
        <source>publication of the announcement</source>
        <translation>公告发布之日</translation>
    </message>
    <message>
        <source>Response to a rights request</source>
        <translation>权利请求答复期限</translation>
    </message>
    <message>
        <source>receipt of the letter (the period the letter set)</source>
        <translation>收到函件之日（按函件所定期限）</translation>
    </message>
    <message>
        <source>Other deadline</source>
        <translation>其他期限</translation>
    </message>
    <message>
        <source>the date you give</source>
        <translation>所填日期</translation>
    </message>
</context>
<context>
    <name>habeas::DeadlineStore</name>
    <message>
        <source>A deadline of kind "%1" needs its period: the number of days, months or years the court, the letter or you set.</source>
        <translation>“%1”类期限需要填写期间：法院、函件或您确定的日数、月数或年数。</translation>
    </message>
    <message>
        <source>A period cannot be negative (%1).</source>
        <translation>期间不能为负数（%1）。</translation>
    </message>
    <message>
        <source>A deadline of your own needs a title saying what is due.</source>
        <translation>自定义期限需要标题，说明届满时应完成的事项。</translation>
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation>案件%1在回收站中。</translation>
    </message>
    <message>
        <source>Event %1 belongs to another case.</source>
        <translation>事件%1属于其他案件。</translation>
    </message>
    <message>
        <source>The event "%1" is dated %2, not to the day: a period can only start from a day.</source>
        <translation>事件“%1”的日期为%2，未精确到日：期间只能自某一日起算。</translation>
    </message>
    <message>
        <source>There is no generated document %1.</source>
        <translation>没有已生成的文书%1。</translation>
    </message>
    <message>
        <source>Document %1 belongs to another case.</source>
        <translation>文书%1属于其他案件。</translation>
    </message>
    <message>
        <source>A deadline needs the day its period starts from.</source>
        <translation>期限需要起算日。</translation>
    </message>
    <message>
        <source>The period would start on %1, after the case closed on %2. Reopen the case (clear its end date) to add it.</source>
        <translation>期间将自%1起算，晚于案件终结日%2。请先重新打开案件（清除终结日期）再添加。</translation>
    </message>
    <message>
        <source>There is no deadline %1.</source>
        <translation>没有期限%1。</translation>
    </message>
    <message>
        <source>The chronology event it started from was removed; counted from the day last recorded, %1.</source>
        <translation>作为起算依据的大事记事件已删除；按最后记录的日期%1计算。</translation>
    </message>
    <message>
        <source>The chronology event it starts from is now dated %1, not to the day; counted from the day last recorded, %2.</source>
        <translation>作为起算依据的大事记事件现日期为%1，未精确到日；按最后记录的日期%2计算。</translation>
    </message>
    <message>
        <source>chronology: %1</source>
        <translation>大事记：%1</translation>
    </message>
    <message>
        <source>generated document %1 (%2)</source>
        <translation>已生成文书%1（%2）</translation>
    </message>
    <message>
        <source>the date entered</source>
        <translation>所填日期</translation>
    </message>
    <message>
        <source>The period is %1 as entered; %2 sets %3.</source>
        <translation>期间按所填为%1；%2规定为%3。</translation>
    </message>
    <message>
        <source>Counted under %1.</source>
        <translation>依照%1计算。</translation>
    </message>
    <message>
        <source>The 20-year long stop from the first fact of the chronology (%1) ends first, on %2.</source>
        <translation>自大事记中最早的事实（%1）起算的二十年最长期间先届满，于%2届满。</translation>
    </message>
    <message>
        <source>The 20-year long stop from the first fact of the chronology (%1) ends later, on %2.</source>
        <translation>自大事记中最早的事实（%1）起算的二十年最长期间较晚届满，于%2届满。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>还有%n日</numerusform>
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
    <name>habeas::Demo</name>
    <message>
        <source>The demo evidence could not be drawn in %1.</source>
        <translation>无法在%1中绘制示例证据。</translation>
    </message>
</context>
<context>
    <name>habeas::DocumentFieldStore</name>
    <message>
        <source>Case %1 is in the trash; restore it first.</source>
        <translation>案件%1在回收站中，请先恢复。</translation>
    </message>
    <message>
        <source>Which document? The template id is empty.</source>
        <translation>未指明文书：模板编号为空。</translation>
    </message>
</context>
<context>
    <name>habeas::DocumentFields</name>
    <message>
        <source>The kinds of personal information to see and copy, one a line</source>
        <translation>请求查阅、复制的个人信息种类，每行一项</translation>
    </message>
    <message>
        <source>Also ask for the processing rules to be explained (PIPL 48)</source>
        <translation>同时要求解释说明个人信息处理规则（个人信息保护法第四十八条）</translation>
    </message>
    <message>
        <source>Days the processor has to answer; no law fixes them, the lawyer chooses (or a rights-request deadline of the case)</source>
        <translation>个人信息处理者答复的天数；法律未作规定，由律师确定（或采用本案的权利请求答复期限）</translation>
    </message>
    <message>
        <source>The deceased whose information a close relative asks for (PIPL 49); empty when the client's own</source>
        <translation>近亲属请求查阅其个人信息的死者（个人信息保护法第四十九条）；请求查阅本人信息时留空</translation>
    </message>
    <message>
        <source>The client's relation to the deceased (e.g. 儿子, 配偶)</source>
        <translation>委托人与死者的关系（如儿子、配偶）</translation>
    </message>
    <message>
        <source>The client's own lawful and legitimate interest in the deceased's information (PIPL 49)</source>
        <translation>委托人查阅死者个人信息的自身合法、正当利益（个人信息保护法第四十九条）</translation>
    </message>
    <message>
        <source>The kinds of personal information to delete, one a line</source>
        <translation>请求删除的个人信息种类，每行一项</translation>
    </message>
    <message>
        <source>The items of PIPL 47(1) the request rests on, e.g. 4 or 1,4</source>
        <translation>请求所依据的个人信息保护法第四十七条第一款的项，如 4 或 1,4</translation>
    </message>
    <message>
        <source>The chronology event recording the withdrawal of consent (needed for item 3)</source>
        <translation>大事记中记载撤回同意的事件（依据第（三）项时必填）</translation>
    </message>
    <message>
        <source>How the processor broke the law or the agreement (needed for item 4)</source>
        <translation>个人信息处理者违反法律、行政法规或者违反约定处理个人信息的事实（依据第（四）项时必填）</translation>
    </message>
    <message>
        <source>Days the addressee has to answer in writing; the lawyer chooses (or a rights-request deadline of the case)</source>
        <translation>收函方书面答复的天数，由律师确定（或采用本案的权利请求答复期限）</translation>
    </message>
    <message>
        <source>Who holds the evidence: name and address (EvR 20)</source>
        <translation>被调查人的姓名或者名称、住所地（民事证据规定第二十条）</translation>
    </message>
    <message>
        <source>The evidence the court should collect, one a line</source>
        <translation>请求法院调查收集的证据，每行一项</translation>
    </message>
    <message>
        <source>Why the client cannot collect it (CPLI 94, e.g. held by a state body, or personal privacy)</source>
        <translation>不能自行收集的客观原因（民诉法解释第九十四条，如由国家有关部门保存、涉及个人隐私）</translation>
    </message>
    <message>
        <source>The facts the evidence proves</source>
        <translation>证据要证明的事实</translation>
    </message>
    <message>
        <source>The clear leads to the evidence (EvR 20)</source>
        <translation>调查收集证据的明确线索（民事证据规定第二十条）</translation>
    </message>
    <message>
        <source>The documents or electronic data to be produced, one a line (EvR 45)</source>
        <translation>申请提交的书证或者电子数据，每行一项（民事证据规定第四十五条）</translation>
    </message>
    <message>
        <source>The facts they prove and why those facts matter (EvR 45)</source>
        <translation>以该书证证明的事实及事实的重要性（民事证据规定第四十五条）</translation>
    </message>
    <message>
        <source>Why the opponent controls them (EvR 45)</source>
        <translation>对方当事人控制该书证的根据（民事证据规定第四十五条）</translation>
    </message>
    <message>
        <source>The items of EvR 47(1) that oblige the opponent to produce, e.g. 3</source>
        <translation>对方当事人应当提交书证的情形（民事证据规定第四十七条第一款的项），如 3</translation>
    </message>
    <message>
        <source>Why the opponent must produce them (EvR 45)</source>
        <translation>对方当事人应当提交该书证的理由（民事证据规定第四十五条）</translation>
    </message>
    <message>
        <source>The evidence to preserve and where it is, one item a line (EvR 25)</source>
        <translation>需要保全的证据及其所在，每行一项（民事证据规定第二十五条）</translation>
    </message>
    <message>
        <source>Why the evidence may be lost or later hard to obtain (CPL 84)</source>
        <translation>证据可能灭失或者以后难以取得的情形（民事诉讼法第八十四条）</translation>
    </message>
    <message>
        <source>The measures asked for: copying, photographs, sealing … (EvR 25)</source>
        <translation>申请采取的保全措施：复制、拍照、查封……（民事证据规定第二十五条）</translation>
    </message>
    <message>
        <source>The security offered, when the measures restrict the holder (EvR 26)</source>
        <translation>保全措施限制证据持有人时提供的担保（民事证据规定第二十六条）</translation>
    </message>
    <message>
        <source>Applied for before the suit, as an urgent matter (CPL 84(2))</source>
        <translation>因情况紧急在提起诉讼前申请（民事诉讼法第八十四条第二款）</translation>
    </message>
    <message>
        <source>The unlawful conduct under way or imminent (Civil Code 997)</source>
        <translation>正在实施或者即将实施的违法行为（民法典第九百九十七条）</translation>
    </message>
    <message>
        <source>The irreparable harm if it is not stopped at once (Civil Code 997)</source>
        <translation>不及时制止将造成难以弥补的损害的情形（民法典第九百九十七条）</translation>
    </message>
    <message>
        <source>What the respondent should be ordered to stop, one a line</source>
        <translation>请求责令被申请人停止的行为，每行一项</translation>
    </message>
    <message>
        <source>The security offered, if any</source>
        <translation>提供的担保（如有）</translation>
    </message>
    <message>
        <source>The article %1 is not in the bundled statutes.</source>
        <translation>内置法规中没有%1。</translation>
    </message>
    <message>
        <source>%1 is yes or no, not "%2".</source>
        <translation>%1的取值为 yes 或 no，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 is a number of days from 1 to 366, not "%2".</source>
        <translation>%1为1至366之间的天数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 names items of %2 by number, 1 to %3, e.g. "1,4"; not "%4".</source>
        <translation>%1以项号列明%2的项，取值1至%3，如“1,4”；而不是“%4”。</translation>
    </message>
    <message>
        <source>%1: case %2 has no event %3 on its chronology.</source>
        <translation>%1：案件%2的大事记中没有事件%3。</translation>
    </message>
    <message>
        <source>The facts as the letter tells them to the addressee (贵方, 委托人), one paragraph a line</source>
        <translation>以函件口吻（贵方、委托人）陈述的基本事实，每段一行</translation>
    </message>
    <message>
        <source>Which rules the addressee broke and why it is liable, one paragraph a line</source>
        <translation>对方违反了哪些规定、为何应当承担责任，每段一行</translation>
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
    <name>habeas::Documents</name>
    <message>
        <source>the output is not open</source>
        <translation>输出未打开</translation>
    </message>
    <message>
        <source>the device refused the data</source>
        <translation>设备拒绝写入数据</translation>
    </message>
    <message>
        <source>Unknown document format "%1".</source>
        <translation>未知的文书格式“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 changed after it was written; it is not recorded.</source>
        <translation>%1在写入后发生了变化；未予登记。</translation>
    </message>
    <message>
        <source>the zip archive failed (code %1)</source>
        <translation>zip压缩失败（代码%1）</translation>
    </message>
    <message>
        <source>The Word document cannot be written: the output is not open.</source>
        <translation>无法写入Word文档：输出未打开。</translation>
    </message>
    <message>
        <source>Writing the Word document failed: %1</source>
        <translation>写入Word文档失败：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Writing the PDF failed: %1</source>
        <translation>写入PDF失败：%1</translation>
    </message>
    <message>
        <source>The PDF is already finished; no page can be added.</source>
        <translation>PDF已生成完毕，无法再添加页面。</translation>
    </message>
    <message>
        <source>The PDF cannot be started: %1</source>
        <translation>无法开始生成PDF：%1</translation>
    </message>
    <message>
        <source>The PDF cannot get a new page.</source>
        <translation>无法为PDF添加新页面。</translation>
    </message>
    <message>
        <source>The image for the PDF page is empty or unreadable.</source>
        <translation>用于PDF页面的图像为空或无法读取。</translation>
    </message>
    <message>
        <source>The exhibit page is empty or has no size.</source>
        <translation>证据页面为空或没有尺寸。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>该PDF没有页面。</translation>
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
    <message>
        <source>&amp;Fields…</source>
        <translation>字段(&amp;F)…</translation>
    </message>
    <message>
        <source>What the lawyer sets for this letter or application: categories, grounds, period, what each claim demands …</source>
        <translation>律师为本函件或申请书填写的内容：信息种类、法定情形、期限、每项请求的要求……</translation>
    </message>
    <message>
        <source>Review comments:</source>
        <translation>审阅意见：</translation>
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
    <name>habeas::EventStore</name>
    <message>
        <source>"%1" is not a date of the stated precision (2021-01-20, 2021-01 or 2021).</source>
        <translation>“%1”不是符合所选精度的日期（2021-01-20、2021-01或2021）。</translation>
    </message>
    <message>
        <source>An event needs a description of the fact.</source>
        <translation>请填写事件的事实描述。</translation>
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation>ID为%1的证据不是本案证据。</translation>
    </message>
    <message>
        <source>There is no event %1.</source>
        <translation>没有ID为%1的事件。</translation>
    </message>
</context>
<context>
    <name>habeas::Evidence</name>
    <message>
        <source>%1 does not exist (was it moved or deleted?).</source>
        <translation>%1不存在（是否已被移动或删除？）。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); it is kept as it is.</source>
        <translation>该文件为空（0字节）；已按原样保留。</translation>
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation>案件%1在回收站中。</translation>
    </message>
    <message>
        <source>An exhibit group is 1 or more.</source>
        <translation>证据组编号至少为1。</translation>
    </message>
    <message>
        <source>These bytes are already exhibit %1 (“%2”).</source>
        <translation>内容完全相同的文件已是%1（“%2”）。</translation>
    </message>
    <message>
        <source>An exhibit needs a title.</source>
        <translation>请填写证据名称。</translation>
    </message>
    <message>
        <source>Exhibit %1 is already removed.</source>
        <translation>%1已被移除。</translation>
    </message>
    <message>
        <source>Exhibit %1 is not removed.</source>
        <translation>%1未被移除。</translation>
    </message>
    <message>
        <source>There is no exhibit %1.</source>
        <translation>本案件库中没有ID为%1的证据。</translation>
    </message>
    <message>
        <source>the stored original is missing</source>
        <translation>存储的原件缺失</translation>
    </message>
    <message>
        <source>the stored original cannot be read: %1</source>
        <translation>无法读取存储的原件：%1</translation>
    </message>
    <message>
        <source>the stored original was altered: its SHA-256 no longer matches</source>
        <translation>存储的原件已被改动：与其SHA-256值不再一致</translation>
    </message>
    <message>
        <source>The stored original of %1 cannot be read: %2</source>
        <translation>无法读取%1存储的原件：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?): %2</source>
        <translation>写入%1失败（磁盘是否已满？）：%2</translation>
    </message>
    <message>
        <source>The stored original of %1 was altered (its SHA-256 no longer matches); nothing was exported.</source>
        <translation>%1存储的原件已被改动（与其SHA-256值不再一致）；未导出任何内容。</translation>
    </message>
    <message>
        <source>Exhibit %1 is removed; restore it first.</source>
        <translation>%1已被移除；请先恢复。</translation>
    </message>
    <message>
        <source>A position and a group are numbers from 1.</source>
        <translation>位置和证据组编号均应为从1开始的数字。</translation>
    </message>
    <message>
        <source>Supplementary list %1 continues after the earlier lists: its groups start at %2.</source>
        <translation>第%1份补充证据目录接续此前目录编号：其证据组应从第%2组开始。</translation>
    </message>
    <message>
        <source>The copy of the file in the evidence store is gone; import it again.</source>
        <translation>证据库中的文件副本已丢失；请重新导入。</translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceCommands</name>
    <message>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <source>Remove exhibit %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <source>Edit exhibit %1</source>
        <translation>编辑%1</translation>
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
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>An exhibit needs a title.</source>
        <translation>证据需要填写名称。</translation>
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
</context>
<context>
    <name>habeas::EvidenceModel</name>
    <message>
        <source>Exhibit</source>
        <translation>证据编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>证据名称</translation>
    </message>
    <message>
        <source>Proves</source>
        <translation>证明目的</translation>
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
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>needs a password</source>
        <translation>需要密码</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n页</numerusform>
        </translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>%1, OCR pending</source>
        <translation>%1，待文字识别（OCR）</translation>
    </message>
    <message>
        <source>%1, OCR done</source>
        <translation>%1，已完成文字识别（OCR）</translation>
    </message>
    <message>
        <source>%1, OCR failed</source>
        <translation>%1，文字识别（OCR）失败</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>habeas::EvidencePanel</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
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
        <source>group </source>
        <translation>证据组 </translation>
    </message>
    <message>
        <source>The exhibit group (the fact the files prove) new files are numbered in</source>
        <translation>新导入文件编号所属的证据组（这些文件所证明的事实）</translation>
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
        <source>Import evidence</source>
        <translation>导入证据</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入%n个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>已导入%n个文件。</numerusform>
        </translation>
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
        <source>Verify integrity</source>
        <translation>校验完整性</translation>
    </message>
    <message>
        <source>Every stored original matches its SHA-256.</source>
        <translation>所有存储的原件均与其SHA-256值一致。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit exhibit</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Stop reading the files; what is not read yet stays pending</source>
        <translation>停止读取文件；尚未读取的文件将保持待读取状态</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>在新窗口中打开</translation>
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
        <source>Reading %1 of %2…</source>
        <translation>正在读取第%1个文件（共%2个）…</translation>
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
        <source>Move Exhibit</source>
        <translation>移动证据</translation>
    </message>
    <message>
        <source>Wrote %1 with the redactions burned in.</source>
        <translation>已写入 %1，遮盖区域已涂黑。</translation>
    </message>
    <message>
        <source>Supplementary list</source>
        <translation>补充证据目录</translation>
    </message>
    <message>
        <source>Import into a new supplementary evidence list (补充证据目录): its exhibits are numbered after every group of the earlier lists</source>
        <translation>导入为新的补充证据目录：其证据编号接续此前各目录的全部证据组</translation>
    </message>
    <message>
        <source>Recording %1 of %2…</source>
        <translation>正在登记第%1个，共%2个…</translation>
    </message>
    <message>
        <source>the folder holds no file</source>
        <translation>该文件夹中没有文件</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
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
        <source>Burning the redactions into %1…</source>
        <translation>正在将涂黑区域写入%1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceProcessor</name>
    <message>
        <source>OCR failed: %1</source>
        <translation>文字识别（OCR）失败：%1</translation>
    </message>
    <message>
        <source>The file is named as a PDF but its content is not a PDF.</source>
        <translation>该文件的扩展名为PDF，但其内容并非PDF。</translation>
    </message>
    <message>
        <source>The file is named as an image but its content is not an image.</source>
        <translation>该文件的扩展名为图像格式，但其内容并非图像。</translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceQueue</name>
    <message>
        <source>Reading cancelled; the rest will be read next time.</source>
        <translation>已取消读取；其余文件将在下次读取。</translation>
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
        <source>This PDF cannot be shown: %1</source>
        <translation>无法显示此PDF：%1</translation>
    </message>
    <message>
        <source>This image cannot be shown: %1</source>
        <translation>无法显示此图像：%1</translation>
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
        <source>Opening %1…</source>
        <translation>正在打开%1…</translation>
    </message>
</context>
<context>
    <name>habeas::FactsCommands</name>
    <message>
        <source>Add the fact of %1</source>
        <translation>添加%1的事实</translation>
    </message>
    <message>
        <source>Edit the fact of %1</source>
        <translation>编辑%1的事实</translation>
    </message>
    <message>
        <source>Remove the fact of %1</source>
        <translation>移除%1的事实</translation>
    </message>
    <message>
        <source>Add the claim “%1”</source>
        <translation>添加请求“%1”</translation>
    </message>
    <message>
        <source>Remove the claim “%1”</source>
        <translation>移除请求“%1”</translation>
    </message>
    <message>
        <source>Mark an element %1</source>
        <translation>将构成要件标记为%1</translation>
    </message>
    <message>
        <source>Cite %1</source>
        <translation>引用%1</translation>
    </message>
    <message>
        <source>Stop citing %1</source>
        <translation>取消引用%1</translation>
    </message>
    <message>
        <source>Move exhibit %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Add a redaction box</source>
        <translation>添加遮盖框</translation>
    </message>
    <message>
        <source>Add a highlight</source>
        <translation>添加高亮标注</translation>
    </message>
    <message>
        <source>Remove region %1</source>
        <translation>移除区域%1</translation>
    </message>
    <message>
        <source>Edit the claims for relief</source>
        <translation>编辑诉讼请求</translation>
    </message>
    <message>
        <source>Mark the conduct continuing</source>
        <translation>标记行为持续</translation>
    </message>
    <message>
        <source>Set the heading</source>
        <translation>设置标题</translation>
    </message>
    <message>
        <source>Choose the alternative</source>
        <translation>选择所主张的情形</translation>
    </message>
    <message>
        <source>Ask for an adverse inference</source>
        <translation>请求不利推定</translation>
    </message>
    <message>
        <source>Withdraw the adverse inference</source>
        <translation>撤回不利推定</translation>
    </message>
</context>
<context>
    <name>habeas::FactsPanel</name>
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
        <source>Drag an exhibit onto an element to cite it</source>
        <translation>将证据拖放到构成要件上即可引用</translation>
    </message>
    <message>
        <source>Mark as…</source>
        <translation>标记为…</translation>
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
        <source>Export CSV…</source>
        <translation>导出CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>证明缺口</translation>
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
        <source>Export Gap Report</source>
        <translation>导出证明缺口报告</translation>
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
        <source>%1 claim(s), %2 of %3 elements proven, %4 gap(s), %5 exhibit(s) proving nothing</source>
        <translation>%1项请求，%3个构成要件中已证明%2个，%4处缺口，%5件证据未证明任何构成要件</translation>
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
        <source>Facts &amp;&amp; Law</source>
        <translation>事实与法律</translation>
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
        <source>How the case meets the element, in your words: the complaint's reasons use it</source>
        <translation>以您的语言说明本案如何满足该构成要件：起诉状的事实和理由将采用</translation>
    </message>
    <message>
        <source>The 诉讼请求 of the complaint, one per line (amounts and costs are added from the damages worksheet)</source>
        <translation>起诉状的诉讼请求，每行一项（赔偿金额与诉讼费用由损害赔偿表自动加入）</translation>
    </message>
    <message>
        <source>Claims for Relief</source>
        <translation>诉讼请求</translation>
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
        <source>C&amp;ontinuing…</source>
        <translation>持续行为(&amp;O)…</translation>
    </message>
    <message>
        <source>Mark the claim's conduct as continuing until a date (data still held and used), so that law in force by then applies</source>
        <translation>将该请求所涉行为标记为持续至某日（数据仍被保存和使用），以适用届时有效的法律</translation>
    </message>
    <message>
        <source>Articles not in force at the time of the facts</source>
        <translation>事实发生时尚未施行或已失效的条文</translation>
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
        <source>%1: no alternative chosen; only the elements common to all count. Choose one of: %2</source>
        <translation>%1：未选择所主张的情形，仅计算各情形共有的要件。请从以下情形中选择：%2</translation>
    </message>
    <message>
        <source>Not pleaded: the claim pleads another alternative, or none is chosen yet.</source>
        <translation>不予主张：该请求主张的是其他情形，或尚未选择情形。</translation>
    </message>
    <message>
        <source>Adverse inference: the processor withholds the evidence of this element; the complaint asks the court to find its content adverse to it (SPC evidence provisions Art. 95).</source>
        <translation>不利推定：处理者拒不提交证明该要件的证据；起诉状请求法院认定该证据的内容不利于处理者（民事诉讼证据规定第九十五条）。</translation>
    </message>
</context>
<context>
    <name>habeas::FileSync</name>
    <message>
        <source>Cannot make %1 safe on the disk (is the disk full or removed?): %2</source>
        <translation>无法将%1可靠写入磁盘（磁盘是否已满或被移除？）：%2</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <source>the file has no system handle</source>
        <translation>文件没有系统句柄</translation>
    </message>
    <message>
        <source>Windows error %1</source>
        <translation>Windows 错误 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>habeas::GapReport</name>
    <message>
        <source>Gap,Claim,Element,Burden,Text</source>
        <translation>缺口类型,请求,构成要件,举证责任,内容</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>无证据</translation>
    </message>
    <message>
        <source>proves nothing</source>
        <translation>未证明任何构成要件</translation>
    </message>
    <message>
        <source>no law in force</source>
        <translation>无有效法律</translation>
    </message>
    <message>
        <source>law not yet in force</source>
        <translation>法律尚未施行</translation>
    </message>
    <message>
        <source>alternative not chosen</source>
        <translation>未选择情形</translation>
    </message>
</context>
<context>
    <name>habeas::HolidayCalendar</name>
    <message>
        <source>New Year's Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>70th anniversary of the victory</source>
        <translation>抗日战争暨世界反法西斯战争胜利70周年纪念日</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The holiday calendar of %1 cannot be used: %2</source>
        <translation>%1年的节假日安排无法使用：%2</translation>
    </message>
    <message>
        <source>it is the file of another year</source>
        <translation>该文件属于其他年份</translation>
    </message>
    <message>
        <source>it has no list of days</source>
        <translation>文件中没有日期列表</translation>
    </message>
    <message>
        <source>"%1" is not a date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <source>%1 is far from the year of the notice</source>
        <translation>%1与通知所属年份相距过远</translation>
    </message>
    <message>
        <source>%1 does not say whether it is a day off</source>
        <translation>%1未注明是否放假</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1重复列出</translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation>%1没有节日名称</translation>
    </message>
    <message>
        <source>falls in the %1 holiday</source>
        <translation>在%1假期内</translation>
    </message>
    <message>
        <source>is a make-up working day of the %1 holiday</source>
        <translation>是%1调休上班日</translation>
    </message>
    <message>
        <source>is a Saturday</source>
        <translation>是星期六</translation>
    </message>
    <message>
        <source>is a Sunday</source>
        <translation>是星期日</translation>
    </message>
    <message>
        <source>is a working day</source>
        <translation>是工作日</translation>
    </message>
</context>
<context>
    <name>habeas::ICalendar</name>
    <message>
        <source>%1 due — %2</source>
        <translation>%1届满 — %2</translation>
    </message>
    <message>
        <source>Not an iCalendar file: %1</source>
        <translation>不是iCalendar文件：%1</translation>
    </message>
    <message>
        <source>no VCALENDAR</source>
        <translation>缺少VCALENDAR</translation>
    </message>
    <message>
        <source>an event without a date</source>
        <translation>有事件缺少日期</translation>
    </message>
</context>
<context>
    <name>habeas::IdentityCodes</name>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation>居民身份证号码应为18位，此号码为%1位。</translation>
    </message>
    <message>
        <source>Character %1 of the ID number must be a digit, not "%2".</source>
        <translation>居民身份证号码第%1位应为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>The ID number starts with %1, which is not a province code.</source>
        <translation>居民身份证号码以%1开头，不是有效的省级行政区划代码。</translation>
    </message>
    <message>
        <source>Characters 7–14 of the ID number (%1) are not a valid birth date.</source>
        <translation>居民身份证号码第7至14位（%1）不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The check character (the 18th) of this ID number should be %1, not %2; one of the characters is mistyped.</source>
        <translation>该居民身份证号码的校验码（第18位）应为%1，而不是%2；有字符输入错误。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为18位，此代码为%1位。</translation>
    </message>
    <message>
        <source>Character %1 of the unified social credit code, "%2", is not allowed (digits and capital letters except I, O, S, V, Z).</source>
        <translation>统一社会信用代码第%1位的“%2”为无效字符（只能使用数字和除I、O、S、V、Z以外的大写字母）。</translation>
    </message>
    <message>
        <source>Characters 3–8 of the unified social credit code are the region code and must be digits.</source>
        <translation>统一社会信用代码第3至8位为登记管理机关行政区划码，必须为数字。</translation>
    </message>
    <message>
        <source>The check character (the 18th) of this unified social credit code should be %1, not %2; one of the characters is mistyped.</source>
        <translation>该统一社会信用代码的校验码（第18位）应为%1，而不是%2；有字符输入错误。</translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, hyphens, brackets and a leading +; "%1" is not one of them.</source>
        <translation>电话号码只能包含数字、空格、连字符、括号以及开头的+号；“%1”不属于允许的字符。</translation>
    </message>
    <message>
        <source>This phone number has %1 digits; a phone number has between 5 and 15.</source>
        <translation>此电话号码为%1位数字；电话号码应为5至15位。</translation>
    </message>
    <message>
        <source>A Chinese mobile number starts with 13–19.</source>
        <translation>中国大陆手机号码以13至19开头。</translation>
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
    <name>habeas::LawInTime</name>
    <message>
        <source>%1 ceased to be in force on %2, before the facts it rests on (%3)</source>
        <translation>%1已于%2失效，早于其所依据的事实（%3）</translation>
    </message>
    <message>
        <source>%1 is in force only from %2, after the facts it rests on (%3)</source>
        <translation>%1自%2起施行，晚于其所依据的事实（%3）</translation>
    </message>
</context>
<context>
    <name>habeas::Library</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Habeas library: the file is not an SQLite database.</source>
        <translation>%1不是Habeas案件库：该文件不是SQLite数据库。</translation>
    </message>
    <message>
        <source>Cannot open the library database: %1</source>
        <translation>无法打开案件库数据库：%1</translation>
    </message>
    <message>
        <source>The library cannot use write-ahead logging (journal mode is %1).</source>
        <translation>案件库无法使用预写式日志（当前日志模式为%1）。</translation>
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation>此SQLite版本不强制执行外键约束。</translation>
    </message>
    <message>
        <source>No library folder was given.</source>
        <translation>未指定案件库文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a library folder.</source>
        <translation>%1是文件，而不是案件库文件夹。</translation>
    </message>
    <message>
        <source>There is no Habeas library at %1.</source>
        <translation>%1中没有Habeas案件库。</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no Habeas library; choose an empty or new folder.</source>
        <translation>%1不为空且不包含Habeas案件库；请选择空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>The library file is damaged and was left untouched (%1). Restore it from a copy in backups/.</source>
        <translation>案件库文件已损坏，未对其作任何改动（%1）。请从backups/中的副本恢复。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Habeas library.</source>
        <translation>%1是SQLite数据库，但不是Habeas案件库。</translation>
    </message>
    <message>
        <source>This library was written by a newer version of Habeas (schema %1; this version reads up to %2). It is open read-only; update Habeas to change it.</source>
        <translation>此案件库由更新版本的Habeas写入（数据库结构版本%1；当前版本最高可读取%2）。已以只读方式打开；如需修改，请更新Habeas。</translation>
    </message>
    <message>
        <source>Cannot open the library database at %1.</source>
        <translation>无法打开位于%1的案件库数据库。</translation>
    </message>
    <message>
        <source>Cannot create %1 in the library folder.</source>
        <translation>无法在案件库文件夹中创建%1。</translation>
    </message>
    <message>
        <source>Cannot create the backups folder.</source>
        <translation>无法创建备份文件夹。</translation>
    </message>
    <message>
        <source>The backup before upgrading the library failed, so nothing was changed: %1</source>
        <translation>升级案件库前的备份失败，未作任何更改：%1</translation>
    </message>
    <message>
        <source>The backup before upgrading the library failed, so nothing was changed: cannot copy %1.</source>
        <translation>升级案件库前的备份失败，未作任何更改：无法复制%1。</translation>
    </message>
    <message>
        <source>The library at %1 has not been brought up to date by the connection that opened it.</source>
        <translation>%1处的案件库尚未由打开它的连接升级到当前版本。</translation>
    </message>
</context>
<context>
    <name>habeas::MainWindow</name>
    <message>
        <source>Habeas — %1 (read-only)</source>
        <translation>Habeas — %1（只读）</translation>
    </message>
    <message>
        <source>Habeas — %1</source>
        <translation>Habeas — %1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>详情</translation>
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
        <source>&amp;Find Case</source>
        <translation>查找案件(&amp;F)</translation>
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
        <source>About Habeas</source>
        <translation>关于Habeas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Habeas %1&lt;/h3&gt;&lt;p&gt;A workbench for privacy litigation under Chinese law: cases, evidence, statutes, damages and the documents to file. Everything stays in the library on this computer.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL version 3&lt;/li&gt;&lt;li&gt;SQLite %3 — public domain&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The statutes shipped are official texts, which are not subject to copyright (Copyright Law of the PRC, Art. 5).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Habeas %1&lt;/h3&gt;&lt;p&gt;依据中国法律开展隐私诉讼的工作平台：案件、证据、法律法规、损害赔偿计算以及拟提交的文书。所有数据均保存在本机的案件库中。&lt;/p&gt;&lt;p&gt;构建所用组件：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 — GNU LGPL 第3版&lt;/li&gt;&lt;li&gt;SQLite %3 — 公有领域&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;随附的法律法规均为官方文本，不适用著作权法保护（《中华人民共和国著作权法》第五条）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Statutes…</source>
        <translation>法规(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>法律(&amp;L)</translation>
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
        <source>&amp;Search Library</source>
        <translation>搜索案件库(&amp;S)</translation>
    </message>
    <message>
        <source>All &amp;Deadlines…</source>
        <translation>全部期限(&amp;D)…</translation>
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
</context>
<context>
    <name>habeas::Migrations</name>
    <message>
        <source>Migration step %1 is missing from this build.</source>
        <translation>此版本中缺少迁移步骤%1。</translation>
    </message>
</context>
<context>
    <name>habeas::Money</name>
    <message>
        <source>Enter an amount in yuan.</source>
        <translation>请输入金额（元）。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Not a valid amount: use digits, optionally with thousands commas and up to two decimals.</source>
        <translation>金额无效：请使用数字，可使用千位分隔逗号，最多两位小数。</translation>
    </message>
    <message>
        <source>Thousands separators must separate groups of three digits.</source>
        <translation>千位分隔符须每三位数字分隔一次。</translation>
    </message>
    <message>
        <source>An amount can have at most two decimal places.</source>
        <translation>金额最多保留两位小数。</translation>
    </message>
    <message>
        <source>The amount exceeds the maximum of 10,000,000,000,000 yuan.</source>
        <translation>金额超出最高限额10,000,000,000,000元。</translation>
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
        <source>Edit case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>No open deadline.</source>
        <translation>没有未完成的期限。</translation>
    </message>
    <message>
        <source>Next deadline: %1, due %2 (%3)</source>
        <translation>下一期限：%1，%2届满（%3）</translation>
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
    <name>habeas::ParseResult</name>
    <message>
        <source>The parser gave no usable answer for this file.</source>
        <translation>解析程序未对此文件返回可用的结果。</translation>
    </message>
    <message>
        <source>The parser gave no reason.</source>
        <translation>解析程序未说明原因。</translation>
    </message>
</context>
<context>
    <name>habeas::ParserClient</name>
    <message>
        <source>The file parser (habeas-parse) is not installed at %1; reinstall Habeas.</source>
        <translation>文件解析程序（habeas-parse）未安装在%1；请重新安装Habeas。</translation>
    </message>
    <message>
        <source>The file parser (habeas-parse) did not start: %1</source>
        <translation>文件解析程序（habeas-parse）未能启动：%1</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <source>Reading the file timed out after %1 s; the file may be damaged or built to hang a parser.</source>
        <translation>读取文件超时（%1秒）；该文件可能已损坏，或被刻意构造以使解析程序停止响应。</translation>
    </message>
    <message>
        <source>The parser gave no usable answer for this file.</source>
        <translation>解析程序未对此文件返回可用的结果。</translation>
    </message>
    <message>
        <source>The parser crashed while reading this file; the file may be damaged or malicious.</source>
        <translation>解析程序在读取此文件时崩溃；该文件可能已损坏或含有恶意内容。</translation>
    </message>
    <message>
        <source>The parser crashed while reading this file (exit code %1); the file may be damaged or malicious.</source>
        <translation>解析程序在读取此文件时崩溃（退出代码%1）；该文件可能已损坏或含有恶意内容。</translation>
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
        <source>Add party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>编辑当事人</translation>
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
    <message>
        <source>Re&amp;store</source>
        <translation>恢复(&amp;S)</translation>
    </message>
    <message>
        <source>Show removed parties</source>
        <translation>显示已移除的当事人</translation>
    </message>
    <message>
        <source>Restore party</source>
        <translation>恢复当事人</translation>
    </message>
    <message>
        <source>Relation to the party</source>
        <translation>与当事人的关系</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>代理权限</translation>
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
    <name>habeas::PartyListModel</name>
    <message>
        <source>Role</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>身份证号码/统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Domicile</source>
        <translation>住所</translation>
    </message>
</context>
<context>
    <name>habeas::PdfDocument</name>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation>%1不存在或无法读取。</translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation>无法读取第%1页。</translation>
    </message>
    <message>
        <source>Rendering was cancelled.</source>
        <translation>已取消渲染。</translation>
    </message>
    <message>
        <source>Page %1 cannot be rendered.</source>
        <translation>无法渲染第%1页。</translation>
    </message>
</context>
<context>
    <name>habeas::Period</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD, e.g. 2024-10-08).</source>
        <translation>“%1”不是有效日期（格式为YYYY-MM-DD，例如2024-10-08）。</translation>
    </message>
    <message>
        <source>The period has no valid start date.</source>
        <translation>期间没有有效的起算日。</translation>
    </message>
    <message>
        <source>A period must be at least one day, month or year; %1 is not.</source>
        <translation>期间至少为一日、一个月或一年；%1不符合要求。</translation>
    </message>
    <message>
        <source>A period of %1 from %2 is longer than any the law sets.</source>
        <translation>自%2起%1的期间超过法律规定的任何期间。</translation>
    </message>
    <message>
        <source>The period starts from %1; that day is not counted.</source>
        <translation>期间自%1起算，当日不计入。</translation>
    </message>
    <message>
        <source>%1 after %2 ends on %3.</source>
        <translation>自%2起%1，至%3届满。</translation>
    </message>
    <message>
        <source>%1 after %2 ends on %3: that month has no day %4, so the period ends on its last day.</source>
        <translation>自%2起%1，至%3届满：该月没有%4日，以月末日为期间的最后一日。</translation>
    </message>
    <message>
        <source>%1 after %2 ends on the corresponding day, %3.</source>
        <translation>自%2起%1，至对应日%3届满。</translation>
    </message>
    <message numerus="yes">
        <source>%1 after %2, not counting %n rest day(s) or holiday(s), end on %3.</source>
        <translation>
            <numerusform>自%2起%1（不计%n个休息日或节假日），至%3届满。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2; extended to %3.</source>
        <translation>%1%2，顺延至%3。</translation>
    </message>
    <message>
        <source>%1 %2; the period ends that day.</source>
        <translation>%1%2，期间于当日届满。</translation>
    </message>
    <message>
        <source>The official holiday calendar of %1 is not known to this version of Habeas; its days were counted by weekends alone. Check the State Council's notice for %1.</source>
        <translation>本版本Habeas未收录%1年的官方节假日安排，该年日期仅按周末计算。请核对国务院办公厅%1年的放假通知。</translation>
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
        <source>Library folder</source>
        <translation>案件库文件夹</translation>
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
        <source>&amp;Tesseract program:</source>
        <translation>&amp;Tesseract程序：</translation>
    </message>
    <message>
        <source>Tesseract program</source>
        <translation>Tesseract程序</translation>
    </message>
    <message>
        <source>Your &amp;name (review comments):</source>
        <translation>您的姓名(&amp;N)（审阅意见）：</translation>
    </message>
</context>
<context>
    <name>habeas::ProofModel</name>
    <message>
        <source>unproven</source>
        <translation>未证明</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>有支持</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>proven</source>
        <translation>已证明</translation>
    </message>
    <message>
        <source>plaintiff</source>
        <translation>原告</translation>
    </message>
    <message>
        <source>defendant</source>
        <translation>被告</translation>
    </message>
    <message>
        <source>shifting</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>无证据</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>构成要件</translation>
    </message>
    <message>
        <source>Burden</source>
        <translation>举证责任</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>证明状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>No article of this element was in force at the time: rest it on other law, or mark the conduct continuing.</source>
        <translation>该要件的条文在当时均未施行：请改依其他法律，或将行为标记为持续。</translation>
    </message>
    <message>
        <source>Pleaded instead under %1.</source>
        <translation>改依%1主张。</translation>
    </message>
    <message>
        <source>%1 is not in the bundled texts: check its wording before filing.</source>
        <translation>%1未收录于内置文本：提交前请核对条文原文。</translation>
    </message>
    <message>
        <source>not pleaded (another alternative)</source>
        <translation>不予主张（其他情形）</translation>
    </message>
    <message>
        <source>adverse inference (EvP 95)</source>
        <translation>不利推定（证据规定第九十五条）</translation>
    </message>
    <message>
        <source>Review comments:</source>
        <translation>审阅意见：</translation>
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
        <source>This is not a public-interest case. A procuratorate's case has the kind “Public-interest suit” or “Public-interest suit with a criminal case” (Edit case).</source>
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
</context>
<context>
    <name>habeas::PublicInterestStore</name>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation>案件%1在回收站中。</translation>
    </message>
    <message>
        <source>Case %1 is not a public-interest case: it has no prosecutors, announcement or criminal fines.</source>
        <translation>案件%1不是公益诉讼案件，没有承办检察官、诉前公告或刑事罚金。</translation>
    </message>
    <message>
        <source>A prosecutor needs a name.</source>
        <translation>检察官须有姓名。</translation>
    </message>
    <message>
        <source>Party %1 is not a defendant of this case.</source>
        <translation>当事人%1不是本案被告。</translation>
    </message>
    <message>
        <source>A fine lies between 0.01 and 10,000,000,000,000 yuan.</source>
        <translation>罚金应在0.01元至10,000,000,000,000元之间。</translation>
    </message>
    <message>
        <source>No fine is recorded for party %1.</source>
        <translation>当事人%1没有记录罚金。</translation>
    </message>
</context>
<context>
    <name>habeas::Redactor</name>
    <message>
        <source>A redaction is on page %1, which the file does not have.</source>
        <translation>有遮盖区域位于第%1页，但该文件没有此页。</translation>
    </message>
    <message>
        <source>A redaction box on page %1 lies outside the page.</source>
        <translation>第%1页的一个遮盖框超出了页面范围。</translation>
    </message>
    <message>
        <source>The redacted copy cannot be written: the target is not open.</source>
        <translation>无法写入遮盖版副本：目标文件未打开。</translation>
    </message>
    <message>
        <source>The image cannot be decoded: %1</source>
        <translation>无法解码图像：%1</translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation>无法读取第%1页。</translation>
    </message>
    <message>
        <source>The redacted copy cannot be written.</source>
        <translation>无法写入遮盖版副本。</translation>
    </message>
    <message>
        <source>The redacted copy cannot be written: %1</source>
        <translation>无法写入遮盖版副本：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入%1：%2</translation>
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
        <source>the earliest date in the case's chronology</source>
        <translation>案件事实经过中最早的日期</translation>
    </message>
    <message>
        <source>the case's chronology has no date to the day: give the date of the conduct</source>
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
    <name>habeas::RegisterKey</name>
    <message>
        <source>the cryptography library could not be initialised</source>
        <translation>无法初始化密码库</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (it should hold %2 bytes)</source>
        <translation>%1 已损坏（应为 %2 字节）</translation>
    </message>
    <message>
        <source>the library has no register key (%1)</source>
        <translation>本库没有名册密钥（%1）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
            <numerusform>已向名册导入 %n 行。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n 行无法读取，已略去：</numerusform></translation>
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
            <numerusform>在名册中，共 %n 行：</numerusform></translation>
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
    <name>habeas::RegisterRowProcessor</name>
    <message>
        <source>the row has %1 field(s); the ID number is in column %2</source>
        <translation>该行只有 %1 个字段；身份证号码在第 %2 列</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a comma in a field without quotes?)</source>
        <translation>该行有 %1 个字段，而表头有 %2 个（某字段中的逗号未加引号？）</translation>
    </message>
    <message>
        <source>the ID number is the number %1 in scientific notation: the spreadsheet program dropped its last digits; format the column as text and export the file again</source>
        <translation>身份证号码为科学计数法数字 %1：电子表格程序已丢失其末几位；请将该列设为文本格式后重新导出文件</translation>
    </message>
</context>
<context>
    <name>habeas::RegisterStore</name>
    <message>
        <source>case %1 has no chronology event dated to the day to count ages on; give the date of the conduct with --as-of</source>
        <translation>案件 %1 的事实经过中没有精确到日的事件，无法据以计算年龄；请用 --as-of 给出行为发生日期</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the header row of %1 cannot be read: %2</source>
        <translation>%1 的表头行无法读取：%2</translation>
    </message>
    <message>
        <source>%1 holds no rows</source>
        <translation>%1 中没有任何行</translation>
    </message>
    <message>
        <source>case %1 has no register of affected persons</source>
        <translation>案件 %1 没有受害人名册</translation>
    </message>
    <message>
        <source>the register of case %1 was hashed with another key than the library's register.key; import it again to search it</source>
        <translation>案件 %1 的名册是用与本库 register.key 不同的密钥计算散列的；如需查询，请重新导入</translation>
    </message>
    <message>
        <source>case %1 already has a register of affected persons; clear it first (register clear %1), then import</source>
        <translation>案件 %1 已有受害人名册；请先清除（register clear %1），再导入</translation>
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
    <name>habeas::RequestStore</name>
    <message>
        <source>Case %1 has no request %2 (it has %3).</source>
        <translation>案件%1没有第%2项诉讼请求（共%3项）。</translation>
    </message>
    <message>
        <source>An apology is written or public (Civil Code Art. 1000).</source>
        <translation>赔礼道歉的方式为书面或者公开（民法典第一千条）。</translation>
    </message>
    <message>
        <source>Case %1 needs a plaintiff and a defendant before an apology can be requested.</source>
        <translation>案件%1须先有原告和被告，才能提出赔礼道歉的请求。</translation>
    </message>
    <message>
        <source>A public apology needs the medium and the number of days it stays published (Civil Code Art. 1000: proportionate to the conduct and its reach).</source>
        <translation>公开赔礼道歉须写明刊登的媒介和持续的天数（民法典第一千条：与行为的具体方式和造成的影响范围相当）。</translation>
    </message>
    <message>
        <source>A written apology has no medium or duration; choose a public apology for those.</source>
        <translation>书面赔礼道歉没有媒介和持续时间；如需写明，请选择公开赔礼道歉。</translation>
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
    <name>habeas::ReviewModel</name>
    <message>
        <source>Changed on both sides since the last exchange. The other version:
%1</source>
        <translation>自上次交换以来双方均有修改。对方版本：
%1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>已由%1解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改时间</translation>
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
    <name>habeas::ReviewStore</name>
    <message>
        <source>Element %1: %2</source>
        <translation>要件%1：%2</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>请求%1：%2</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>文书：%1</translation>
    </message>
    <message>
        <source>(not in this case: %1)</source>
        <translation>（本案件中没有：%1）</translation>
    </message>
    <message>
        <source>There is no such row (%1 %2).</source>
        <translation>不存在该记录（%1 %2）。</translation>
    </message>
    <message>
        <source>Claim %1 has no element "%2".</source>
        <translation>请求权%1没有要件“%2”。</translation>
    </message>
    <message>
        <source>Case %1 has no request %2.</source>
        <translation>案件%1没有第%2项诉讼请求。</translation>
    </message>
    <message>
        <source>Case %1 has nothing this comment could be anchored to.</source>
        <translation>案件%1中没有该意见可以对应的内容。</translation>
    </message>
    <message>
        <source>Review comment %1 has no conflict to settle.</source>
        <translation>第%1条审阅意见没有需要处理的冲突。</translation>
    </message>
</context>
<context>
    <name>habeas::Search</name>
    <message>
        <source>Type the words to search for.</source>
        <translation>请输入要搜索的词语。</translation>
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
    <name>habeas::Sql</name>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation>磁盘已满；未保存任何内容。</translation>
    </message>
    <message>
        <source>The library is locked by another program; try again.</source>
        <translation>案件库已被其他程序锁定；请重试。</translation>
    </message>
    <message>
        <source>The library file cannot be written (read-only file or folder).</source>
        <translation>无法写入案件库文件（文件或文件夹为只读）。</translation>
    </message>
    <message>
        <source>The library file could not be read or written: %1</source>
        <translation>无法读写案件库文件：%1</translation>
    </message>
    <message>
        <source>The library file is damaged: %1</source>
        <translation>案件库文件已损坏：%1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
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
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到%n条条文</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims in this library that rest on it</source>
        <translation>本案件库中依据该条文的请求</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>habeas::StatuteLibrary</name>
    <message>
        <source>Cannot open the statute catalogue %1 (is the resource initialised?).</source>
        <translation>无法打开法律法规目录%1（资源是否已初始化？）。</translation>
    </message>
    <message>
        <source>The statute catalogue is not valid JSON: %1</source>
        <translation>法律法规目录不是有效的JSON：%1</translation>
    </message>
    <message>
        <source>Invalid or duplicate catalogue entry “%1”.</source>
        <translation>目录条目“%1”无效或重复。</translation>
    </message>
    <message>
        <source>Cannot open the statute text %1.</source>
        <translation>无法打开法律法规文本%1。</translation>
    </message>
    <message>
        <source>Unknown group “%1” in the catalogue.</source>
        <translation>目录中存在未知分组“%1”。</translation>
    </message>
    <message>
        <source>The statute catalogue lists no instruments.</source>
        <translation>法律法规目录中未列出任何法律文件。</translation>
    </message>
</context>
<context>
    <name>habeas::StatuteParser</name>
    <message>
        <source>The statute text has no title heading.</source>
        <translation>法律法规文本缺少标题。</translation>
    </message>
    <message>
        <source>The statute text contains no articles (“第X条”).</source>
        <translation>法律法规文本中没有条文（“第X条”）。</translation>
    </message>
    <message>
        <source>No “&lt;!-- INFO END --&gt;” marker; the header is just the title.</source>
        <translation>缺少“&lt;!-- INFO END --&gt;”标记；文件头仅包含标题。</translation>
    </message>
    <message>
        <source>Article %1 follows article %2: numbering is not ascending.</source>
        <translation>第%1条位于第%2条之后：条文序号未按升序排列。</translation>
    </message>
    <message>
        <source>Articles %1 to %2 are missing.</source>
        <translation>缺少第%1条至第%2条。</translation>
    </message>
    <message>
        <source>Text between a heading and the next article is ignored: %1</source>
        <translation>标题与下一条之间的文字已被忽略：%1</translation>
    </message>
</context>
<context>
    <name>habeas::StatuteSearch</name>
    <message>
        <source>This SQLite has no FTS5 trigram tokenizer (3.34 or later is needed): %1</source>
        <translation>此 SQLite 不支持 FTS5 trigram 分词器（需要 3.34 或更高版本）：%1</translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
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
        <source>Habeas case bundles (*.habeas)</source>
        <translation>Habeas案件包 (*.habeas)</translation>
    </message>
    <message>
        <source>Writing the teaching copy to %1…</source>
        <translation>正在将教学副本写入%1……</translation>
    </message>
</context>
<context>
    <name>habeas::Templates</name>
    <message>
        <source>The template %1 quotes "%2", which is not in the bundled statutes.</source>
        <translation>模板%1引用了“%2”，但已收录的法律法规中没有该条文。</translation>
    </message>
    <message>
        <source>There is no template "%1".</source>
        <translation>没有模板“%1”。</translation>
    </message>
    <message>
        <source>Cannot generate %1: the case lacks %2. Fill them in, or generate a draft.</source>
        <translation>无法生成%1：案件缺少%2。请补充填写，或生成草稿。</translation>
    </message>
    <message>
        <source>The template %1 is broken at line %2: %3</source>
        <translation>模板%1第%2行有误：%3</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第%2行：%3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>the template is not valid mustache (%1).</source>
        <translation>模板不是有效的mustache格式（%1）。</translation>
    </message>
    <message>
        <source>the template must start with a {{! … }} header declaring id, name, kind and requires.</source>
        <translation>模板必须以{{! … }}文件头开始，并在其中声明id、name、kind和requires。</translation>
    </message>
    <message>
        <source>expected "key: value" in the header.</source>
        <translation>文件头中应为“key: value”格式。</translation>
    </message>
    <message>
        <source>unknown kind "%1" (court-filing, letter or notice).</source>
        <translation>未知的类型“%1”（应为court-filing、letter或notice）。</translation>
    </message>
    <message>
        <source>unknown required field "%1".</source>
        <translation>未知的必需字段“%1”。</translation>
    </message>
    <message>
        <source>unknown header key "%1".</source>
        <translation>未知的文件头键“%1”。</translation>
    </message>
    <message>
        <source>the header lacks "%1:".</source>
        <translation>文件头缺少“%1:”。</translation>
    </message>
    <message>
        <source>the header declares id "%1" but the file is named %2.</source>
        <translation>文件头声明的id为“%1”，但文件名为%2。</translation>
    </message>
    <message>
        <source>%1 already exists; edit it or remove it first.</source>
        <translation>%1已存在；请编辑该文件，或先将其删除。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
</context>
<context>
    <name>habeas::TheoryCatalogue</name>
    <message>
        <source>Duplicate id “%1”.</source>
        <translation>ID“%1”重复。</translation>
    </message>
    <message>
        <source>%1: citation “%2”: %3</source>
        <translation>%1：法条引用“%2”：%3</translation>
    </message>
    <message>
        <source>%1: unbundled reference “%2” names no instrument of the unbundled list.</source>
        <translation>%1：未收录文件引用“%2”未指向未收录文件清单中的任何法律文件。</translation>
    </message>
    <message>
        <source>%1: “%2” is in the bundled texts; cite it as an article.</source>
        <translation>%1：“%2”属于已收录的法律法规文本；请以条文形式引用。</translation>
    </message>
    <message>
        <source>%1: unknown case reference “%2”.</source>
        <translation>%1：未知的案例引用“%2”。</translation>
    </message>
    <message>
        <source>%1: the Chinese or the English text is missing.</source>
        <translation>%1：缺少中文或英文文本。</translation>
    </message>
    <message>
        <source>%1: claim “%2” is empty or has unbalanced 〔〕.</source>
        <translation>%1：诉讼请求“%2”为空或〔〕不成对。</translation>
    </message>
    <message>
        <source>The id “%1” does not start with its theory id “%2.”.</source>
        <translation>ID“%1”未以其所属诉由的ID“%2.”开头。</translation>
    </message>
    <message>
        <source>%1: evidence code “%2” is not in the evidence table.</source>
        <translation>%1：证据代码“%2”不在证据表中。</translation>
    </message>
    <message>
        <source>%1: unknown limb “%2”.</source>
        <translation>%1：未知的情形“%2”。</translation>
    </message>
    <message>
        <source>%1: restates “%2”, which is not a common-core element.</source>
        <translation>%1：重述了“%2”，但该项不是共通构成要件。</translation>
    </message>
    <message>
        <source>Theory “%1” has no elements.</source>
        <translation>诉由“%1”没有构成要件。</translation>
    </message>
    <message>
        <source>Theory “%1” has no claims.</source>
        <translation>诉由“%1”没有诉讼请求。</translation>
    </message>
    <message>
        <source>Empty or duplicate code “%1” in the catalogue tables.</source>
        <translation>目录表中的代码“%1”为空或重复。</translation>
    </message>
    <message>
        <source>The range “%1” does not run upwards.</source>
        <translation>条文范围“%1”未按升序排列。</translation>
    </message>
    <message>
        <source>Cannot open the theory catalogue %1 (is the resource initialised?).</source>
        <translation>无法打开诉由目录%1（资源是否已初始化？）。</translation>
    </message>
    <message>
        <source>The theory catalogue is not valid JSON: %1</source>
        <translation>诉由目录不是有效的JSON：%1</translation>
    </message>
    <message>
        <source>Theory “%1” has no id or an unknown kind.</source>
        <translation>诉由“%1”缺少ID或类型未知。</translation>
    </message>
    <message>
        <source>Element “%1” has an unknown burden “%2”.</source>
        <translation>构成要件“%1”的举证责任“%2”未知。</translation>
    </message>
    <message>
        <source>The theory catalogue lists no theories.</source>
        <translation>诉由目录中未列出任何诉由。</translation>
    </message>
    <message>
        <source>Cannot read “%1” as a range; write e.g. “PIPL 13–31” or “PIPL 13(1)(ii)–(vii)”.</source>
        <translation>无法将“%1”识别为条文范围；请按如下格式书写，例如“PIPL 13–31”或“PIPL 13(1)(ii)–(vii)”。</translation>
    </message>
    <message>
        <source>%1: earlier law “%2” is neither bundled text nor an unbundled instrument with a citation title and an in-force date.</source>
        <translation>%1：此前的法律“%2”既不是内置文本，也不是带有引用标题和施行日期的未收录文件。</translation>
    </message>
    <message>
        <source>Theory “%1” has no heading or no liability rule.</source>
        <translation>理论“%1”缺少标题或责任依据。</translation>
    </message>
    <message>
        <source>Theory “%1” offers alternatives but has fewer than two limbs.</source>
        <translation>理论“%1”设有择一情形，但情形少于两个。</translation>
    </message>
    <message>
        <source>Theory “%1” pleads an unknown right “%2”.</source>
        <translation>理论“%1”主张的权利“%2”无法识别。</translation>
    </message>
</context>
<context>
    <name>habeas::bundle</name>
    <message>
        <source>the ZIP library reports error %1</source>
        <translation>ZIP库报告错误%1</translation>
    </message>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>%1处没有案件包。</translation>
    </message>
    <message>
        <source>The bundle is encrypted: give its passphrase.</source>
        <translation>案件包已加密：请提供口令。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>Cannot unpack the bundle: %1</source>
        <translation>无法解开案件包：%1</translation>
    </message>
    <message>
        <source>The bundle holds more than %1 entries (a zip bomb?).</source>
        <translation>案件包包含的条目超过%1个（可能是ZIP炸弹）。</translation>
    </message>
    <message>
        <source>The bundle holds %1; a bundle never does.</source>
        <translation>案件包中含有%1；正常的案件包不会如此。</translation>
    </message>
    <message>
        <source>The bundle holds a symbolic link, "%1"; a bundle never does.</source>
        <translation>案件包中含有符号链接“%1”；正常的案件包不会如此。</translation>
    </message>
    <message>
        <source>The bundle holds a folder entry, "%1"; a bundle never does.</source>
        <translation>案件包中含有文件夹条目“%1”；正常的案件包不会如此。</translation>
    </message>
    <message>
        <source>The bundle holds two entries named "%1".</source>
        <translation>案件包中有两个名为“%1”的条目。</translation>
    </message>
    <message>
        <source>The bundle has no manifest.json: it is not a Habeas case bundle, or it is damaged.</source>
        <translation>案件包中没有manifest.json：它不是Habeas案件包，或已损坏。</translation>
    </message>
    <message>
        <source>The bundle holds "%1", which its manifest does not list.</source>
        <translation>案件包中含有“%1”，但其清单未列出该条目。</translation>
    </message>
    <message>
        <source>The manifest gives %1 bytes for "%2" but the archive holds %3: the manifest lies about its sizes.</source>
        <translation>清单记载“%2”为%1字节，但归档中为%3字节：清单所载大小不实。</translation>
    </message>
    <message>
        <source>The manifest lists "%1", which the bundle does not hold (truncated?).</source>
        <translation>清单列出了“%1”，但案件包中没有该条目（是否不完整？）。</translation>
    </message>
    <message>
        <source>The bundle holds "%1", which is no part of a case bundle.</source>
        <translation>案件包中含有“%1”，它不属于案件包的组成部分。</translation>
    </message>
    <message>
        <source>case.json is larger than a case can be.</source>
        <translation>case.json超出了一个案件可能的大小。</translation>
    </message>
    <message>
        <source>The bytes of "%1" differ from the manifest (its size or SHA-256 does not match): the bundle was altered or damaged.</source>
        <translation>“%1”的内容与清单不符（大小或SHA-256不一致）：案件包已被改动或损坏。</translation>
    </message>
    <message>
        <source>The bundle carries "%1", which no row of its case cites.</source>
        <translation>案件包中含有“%1”，但案件中没有任何记录引用它。</translation>
    </message>
    <message>
        <source>The bundle carries "%1", which no exhibit of its case has.</source>
        <translation>案件包中含有“%1”，但案件中没有对应的证据。</translation>
    </message>
    <message>
        <source>The original %1 of an exhibit is not in the bundle.</source>
        <translation>证据原件%1不在案件包中。</translation>
    </message>
    <message>
        <source>The bytes of "%1" changed while it was being read.</source>
        <translation>“%1”的内容在读取过程中发生了变化。</translation>
    </message>
    <message>
        <source>Cannot write the thumbnail %1: %2</source>
        <translation>无法写入缩略图%1：%2</translation>
    </message>
    <message>
        <source>The bundle comes from a library of a newer Habeas (schema %1; this one has schema %2). Update Habeas to import it.</source>
        <translation>该案件包来自较新版本Habeas的资料库（架构版本%1；本版本为%2）。请更新Habeas后再导入。</translation>
    </message>
    <message>
        <source>The library's disk has %1 bytes free; the bundle needs %2.</source>
        <translation>资料库所在磁盘剩余%1字节，案件包需要%2字节。</translation>
    </message>
    <message>
        <source>The bundle would unpack to %1, more than the %2 a bundle may hold (a zip bomb?).</source>
        <translation>案件包解开后将达%1，超过案件包容许的%2（可能是ZIP炸弹）。</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>一个没有名称的条目</translation>
    </message>
    <message>
        <source>the absolute path "%1"</source>
        <translation>绝对路径“%1”</translation>
    </message>
    <message>
        <source>the entry name "%1", which holds a control character</source>
        <translation>含有控制字符的条目名“%1”</translation>
    </message>
    <message>
        <source>the path "%1", which climbs out of the bundle with ".."</source>
        <translation>以“..”跳出案件包的路径“%1”</translation>
    </message>
    <message>
        <source>the path "%1", which is not a plain relative path</source>
        <translation>不是普通相对路径的路径“%1”</translation>
    </message>
    <message>
        <source>The manifest lists %1.</source>
        <translation>清单列出了%1。</translation>
    </message>
    <message>
        <source>The manifest lists "%1" twice.</source>
        <translation>清单两次列出“%1”。</translation>
    </message>
    <message>
        <source>The manifest gives no valid size for "%1".</source>
        <translation>清单未给出“%1”的有效大小。</translation>
    </message>
    <message>
        <source>The manifest gives no valid SHA-256 for "%1".</source>
        <translation>清单未给出“%1”的有效SHA-256。</translation>
    </message>
    <message>
        <source>The manifest lists "%1", which is no thumbnail a bundle holds.</source>
        <translation>清单列出了“%1”，它不是案件包可含的缩略图。</translation>
    </message>
    <message>
        <source>The manifest names "%1" with a SHA-256 that is not its own.</source>
        <translation>清单为“%1”记载的SHA-256与其名称不符。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有编号为%1的案件。</translation>
    </message>
    <message>
        <source>The original %1 is missing from the library (run `library check`): %2</source>
        <translation>资料库中缺少原件%1（请运行`library check`）：%2</translation>
    </message>
    <message>
        <source>The original %1 in the library is damaged: its bytes no longer match their SHA-256 (run `library check`).</source>
        <translation>资料库中的原件%1已损坏：其内容与SHA-256不再相符（请运行`library check`）。</translation>
    </message>
    <message>
        <source>An encrypted bundle needs a passphrase.</source>
        <translation>加密案件包需要口令。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Cannot stage the bundle: %1</source>
        <translation>无法暂存案件包：%1</translation>
    </message>
    <message>
        <source>case.json: a row of %1 %2.</source>
        <translation>case.json：%1表中的一行%2。</translation>
    </message>
    <message>
        <source>case.json: %1 is not a list of rows.</source>
        <translation>case.json：%1不是记录列表。</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>has the column "%1", which this library does not know</source>
        <translation>含有本资料库不认识的列“%1”</translation>
    </message>
    <message>
        <source>holds a list or object in "%1"</source>
        <translation>在“%1”中含有列表或对象</translation>
    </message>
    <message>
        <source>has no id of its own</source>
        <translation>没有自己的编号</translation>
    </message>
    <message>
        <source>lacks its %1</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>refers to a row of %1 the bundle does not hold</source>
        <translation>引用了案件包中不存在的%1记录</translation>
    </message>
    <message>
        <source>has no valid SHA-256</source>
        <translation>没有有效的SHA-256</translation>
    </message>
    <message>
        <source>case.json: the library refuses a row of %1: %2</source>
        <translation>case.json：资料库拒绝了%1表中的一行：%2</translation>
    </message>
    <message>
        <source>review.json is larger than a review can be.</source>
        <translation>review.json超出审阅意见可能的大小。</translation>
    </message>
    <message>
        <source>The bundle carries another case ("%1"): review comments come back only onto the case they were written on, the case this bundle was made from. Import it as a new case instead.</source>
        <translation>该案件包属于另一案件（“%1”）：审阅意见只能导入其所针对的案件，即制作该案件包的案件。请改为将其作为新案件导入。</translation>
    </message>
    <message>
        <source>The bundle carries no review comments (it was written by a Habeas without the clinic's review).</source>
        <translation>该案件包不含审阅意见（由不支持诊所审阅的Habeas版本写出）。</translation>
    </message>
    <message>
        <source>review.json is not a list of Habeas review comments.</source>
        <translation>review.json不是Habeas审阅意见列表。</translation>
    </message>
    <message>
        <source>The bundle's review comments were written by a newer Habeas (review format %1; this Habeas reads format %2). Update Habeas to open it.</source>
        <translation>案件包中的审阅意见由更新版本的Habeas写出（审阅格式%1；本版本读取格式%2）。请升级Habeas后再打开。</translation>
    </message>
    <message>
        <source>review.json: comment %1 is malformed or given twice.</source>
        <translation>review.json：第%1条意见格式有误或重复出现。</translation>
    </message>
    <message>
        <source>Case %1 has no exhibit %2.</source>
        <translation>案件%1没有编号为%2的证据。</translation>
    </message>
</context>
<context>
    <name>habeas::bundle::ArchiveReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>The bundle is truncated or damaged: its ZIP directory cannot be read.</source>
        <translation>案件包不完整或已损坏：无法读取其ZIP目录。</translation>
    </message>
    <message>
        <source>This is not a Habeas case bundle: the file is not a ZIP archive.</source>
        <translation>这不是Habeas案件包：该文件不是ZIP归档。</translation>
    </message>
    <message>
        <source>The bundle has no entry "%1".</source>
        <translation>案件包中没有条目“%1”。</translation>
    </message>
    <message>
        <source>The entry "%1" of the bundle cannot be read (damaged or truncated).</source>
        <translation>无法读取案件包中的条目“%1”（已损坏或不完整）。</translation>
    </message>
    <message>
        <source>The entry "%1" of the bundle is damaged or truncated.</source>
        <translation>案件包中的条目“%1”已损坏或不完整。</translation>
    </message>
    <message>
        <source>The entry "%1" inflates beyond the %2 bytes the manifest gives (a zip bomb?).</source>
        <translation>条目“%1”解压后超过清单所载的%2字节（可能是ZIP炸弹）。</translation>
    </message>
    <message>
        <source>The entry "%1" of the bundle does not inflate to the bytes its archive declares (its checksum differs): it is damaged, or inflates beyond its size (a zip bomb).</source>
        <translation>案件包中的条目“%1”解压后与归档所声明的内容不符（校验和不一致）：该条目已损坏，或解压后超出其声明的大小（ZIP炸弹）。</translation>
    </message>
</context>
<context>
    <name>habeas::bundle::ArchiveWriter</name>
    <message>
        <source>The bundle cannot be written: %1.</source>
        <translation>无法写入案件包：%1。</translation>
    </message>
    <message>
        <source>Reading %1 for the bundle failed: %2</source>
        <translation>为案件包读取%1失败：%2</translation>
    </message>
    <message>
        <source>Writing the bundle failed (is the disk full?): %1</source>
        <translation>写入案件包失败（磁盘是否已满？）：%1</translation>
    </message>
    <message>
        <source>Writing the bundle failed: %1.</source>
        <translation>写入案件包失败：%1。</translation>
    </message>
</context>
<context>
    <name>habeas::bundle::CaseSnapshot</name>
    <message>
        <source>There is no case %1.</source>
        <translation>没有编号为%1的案件。</translation>
    </message>
    <message>
        <source>case.json is not a Habeas case: %1</source>
        <translation>case.json不是Habeas案件：%1</translation>
    </message>
    <message>
        <source>case.json holds the table "%1", which this Habeas does not know.</source>
        <translation>case.json含有本版本Habeas不认识的表“%1”。</translation>
    </message>
    <message>
        <source>case.json does not hold exactly one case.</source>
        <translation>case.json中的案件不是恰好一件。</translation>
    </message>
    <message>
        <source>refers to a row of parties the bundle does not hold</source>
        <translation>引用了案件包中不存在的当事人记录</translation>
    </message>
</context>
<context>
    <name>habeas::bundle::Failure</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>habeas::bundle::Manifest</name>
    <message>
        <source>The bundle's manifest is not valid JSON: %1.</source>
        <translation>案件包的清单不是有效的JSON：%1。</translation>
    </message>
    <message>
        <source>This is not a Habeas case bundle (its manifest names no Habeas bundle format).</source>
        <translation>这不是Habeas案件包（其清单未载明Habeas案件包格式）。</translation>
    </message>
    <message>
        <source>The bundle's manifest gives no valid format version.</source>
        <translation>案件包的清单未给出有效的格式版本。</translation>
    </message>
    <message>
        <source>The bundle was written by a newer Habeas (bundle format %1); this Habeas reads format %2. Update Habeas to open it.</source>
        <translation>该案件包由较新版本的Habeas写入（案件包格式%1）；本版本只能读取格式%2。请更新Habeas后再打开。</translation>
    </message>
    <message>
        <source>The bundle's manifest lists no entries.</source>
        <translation>案件包的清单未列出任何条目。</translation>
    </message>
    <message>
        <source>The bundle's manifest lists more than %1 entries.</source>
        <translation>案件包的清单列出的条目超过%1个。</translation>
    </message>
    <message>
        <source>The bundle's manifest does not list case.json.</source>
        <translation>案件包的清单未列出case.json。</translation>
    </message>
    <message>
        <source>The bundle's review comments were written by a newer Habeas (review format %1; this Habeas reads format %2). Update Habeas to open it.</source>
        <translation>案件包中的审阅意见由更新版本的Habeas写出（审阅格式%1；本版本读取格式%2）。请升级Habeas后再打开。</translation>
    </message>
    <message>
        <source>The bundle's manifest and its review.json do not agree: one lacks the other.</source>
        <translation>案件包的清单与其review.json不一致：缺少其中之一。</translation>
    </message>
</context>
<context>
    <name>habeas::bundle::PassphraseStrength</name>
    <message>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>habeas::bundle::crypto</name>
    <message>
        <source>The encryption library cannot be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (not enough memory?).</source>
        <translation>由口令派生密钥失败（内存是否不足？）。</translation>
    </message>
    <message>
        <source>Writing the encrypted bundle failed (is the disk full?): %1</source>
        <translation>写入加密案件包失败（磁盘是否已满？）：%1</translation>
    </message>
    <message>
        <source>Reading the bundle to encrypt failed: %1</source>
        <translation>读取待加密的案件包失败：%1</translation>
    </message>
    <message>
        <source>The encrypted bundle is truncated: its header is incomplete.</source>
        <translation>加密案件包不完整：文件头残缺。</translation>
    </message>
    <message>
        <source>The bundle is encrypted in a newer format (version %1); update Habeas to open it.</source>
        <translation>该案件包采用较新的加密格式（版本%1）；请更新Habeas后再打开。</translation>
    </message>
    <message>
        <source>The encrypted bundle's header was altered: its key parameters are out of range.</source>
        <translation>加密案件包的文件头已被改动：其密钥参数超出范围。</translation>
    </message>
    <message>
        <source>The encrypted bundle's header was altered.</source>
        <translation>加密案件包的文件头已被改动。</translation>
    </message>
    <message>
        <source>The encrypted bundle is truncated: its end is missing.</source>
        <translation>加密案件包不完整：缺少结尾部分。</translation>
    </message>
    <message>
        <source>The encrypted bundle is truncated or altered.</source>
        <translation>加密案件包不完整或已被改动。</translation>
    </message>
    <message>
        <source>The encrypted bundle was altered or damaged: a part of it fails its authentication.</source>
        <translation>加密案件包已被改动或损坏：其中一部分未通过认证。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the encrypted bundle was altered.</source>
        <translation>口令错误，或加密案件包已被改动。</translation>
    </message>
    <message>
        <source>Unpacking the bundle failed (is the disk full?): %1</source>
        <translation>解开案件包失败（磁盘是否已满？）：%1</translation>
    </message>
    <message>
        <source>The encrypted bundle was altered: it has bytes after its end.</source>
        <translation>加密案件包已被改动：结尾之后还有多余内容。</translation>
    </message>
</context>
<context>
    <name>habeas::cli</name>
    <message>
        <source>%1 must be a positive number, not "%2".</source>
        <translation>%1必须是正整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>only the entries of this case</source>
        <translation>仅显示此案件的记录</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>案件ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> （在回收站中）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>受理法院</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>诉讼地位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>身份证号码/统一社会信用代码</translation>
    </message>
    <message>
        <source>case new: --title is required</source>
        <translation>case new：必须指定 --title</translation>
    </message>
    <message>
        <source>Created case %1: %2</source>
        <translation>已创建案件%1：%2</translation>
    </message>
    <message>
        <source>list the cases in the trash instead</source>
        <translation>改为列出回收站中的案件</translation>
    </message>
    <message>
        <source>only cases whose title, parties, number, court or cause contain TEXT</source>
        <translation>仅列出案件名称、当事人、案号、法院或案由中包含TEXT的案件</translation>
    </message>
    <message>
        <source>only cases of this kind</source>
        <translation>仅列出此类型的案件</translation>
    </message>
    <message>
        <source>only cases at this stage</source>
        <translation>仅列出处于此阶段的案件</translation>
    </message>
    <message>
        <source>--stage is not a known stage; see habeas-cli case new --help</source>
        <translation>--stage 不是已知的阶段；参见 habeas-cli case new --help</translation>
    </message>
    <message>
        <source>the case id</source>
        <translation>案件ID</translation>
    </message>
    <message>
        <source>Moved case %1 to the trash (habeas-cli case restore %1 brings it back).</source>
        <translation>已将案件%1移至回收站（可用 habeas-cli case restore %1 恢复）。</translation>
    </message>
    <message>
        <source>Restored case %1.</source>
        <translation>已恢复案件%1。</translation>
    </message>
    <message>
        <source>the library folder (default: --library or the default library)</source>
        <translation>案件库文件夹（默认：--library 指定的文件夹或默认案件库）</translation>
    </message>
    <message>
        <source>%1 already holds a library; nothing was changed.</source>
        <translation>%1中已有案件库；未作任何更改。</translation>
    </message>
    <message>
        <source>Created a library with the demo case (case %1) at %2</source>
        <translation>已在%2创建包含示例案件（案件%1）的案件库</translation>
    </message>
    <message>
        <source>Created an empty library at %1</source>
        <translation>已在%1创建空案件库</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>案件库</translation>
    </message>
    <message>
        <source>Database integrity</source>
        <translation>数据库完整性</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Evidence store</source>
        <translation>证据库</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>审计链</translation>
    </message>
    <message>
        <source>the library check found a problem</source>
        <translation>案件库检查发现问题</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
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
        <source>Domicile</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>被代理人</translation>
    </message>
    <message>
        <source>party add: --%1 is required</source>
        <translation>party add：必须指定 --%1</translation>
    </message>
    <message>
        <source>Added party %1: %2 (%3)</source>
        <translation>已添加当事人%1：%2（%3）</translation>
    </message>
    <message>
        <source>the party id</source>
        <translation>当事人ID</translation>
    </message>
    <message>
        <source>PARTY</source>
        <translation>当事人ID</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2021-01-20, not "%2".</source>
        <translation>--%1 必须是形如2021-01-20的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not "%3".</source>
        <translation>--%1 必须是%2之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1: %2 (see habeas-cli %1 --help)</source>
        <translation>%1：%2（参见 habeas-cli %1 --help）</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2</source>
        <translation>%1 需要子命令：%2</translation>
    </message>
    <message>
        <source>unknown subcommand "%1 %2"; known: %3</source>
        <translation>未知子命令“%1 %2”；可用子命令：%3</translation>
    </message>
    <message>
        <source>the case's title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>the court, e.g. 北京互联网法院</source>
        <translation>受理法院，例如北京互联网法院</translation>
    </message>
    <message>
        <source>the case number (案号)</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>the cause of action (案由), e.g. 个人信息保护纠纷</source>
        <translation>案由，例如个人信息保护纠纷</translation>
    </message>
    <message>
        <source>intake, investigation, pre-filing, filed, first-instance, appeal, enforcement or closed</source>
        <translation>intake（接案）、investigation（取证）、pre-filing（诉前准备）、filed（已立案）、first-instance（一审）、appeal（二审）、enforcement（执行）或 closed（结案）</translation>
    </message>
    <message>
        <source>the filing date, e.g. 2021-01-27</source>
        <translation>立案日期，例如2021-01-27</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>plaintiff, defendant, third-party, public-interest-plaintiff or agent</source>
        <translation>plaintiff（原告）、defendant（被告）、third-party（第三人）、public-interest-plaintiff（公益诉讼起诉人）或 agent（诉讼代理人）</translation>
    </message>
    <message>
        <source>person or org</source>
        <translation>person（自然人）或 org（法人或其他组织）</translation>
    </message>
    <message>
        <source>name (姓名 or 名称)</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <source>male or female</source>
        <translation>male（男）或 female（女）</translation>
    </message>
    <message>
        <source>birth date, e.g. 1990-03-07</source>
        <translation>出生日期，例如1990-03-07</translation>
    </message>
    <message>
        <source>ethnicity (民族), e.g. 汉族</source>
        <translation>民族，例如汉族</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>employer (工作单位)</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>resident ID number (18 characters, checked)</source>
        <translation>居民身份证号码（18位，将进行校验）</translation>
    </message>
    <message>
        <source>unified social credit code (18 characters, checked)</source>
        <translation>统一社会信用代码（18位，将进行校验）</translation>
    </message>
    <message>
        <source>domicile (住所)</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>phone or other contact</source>
        <translation>电话或其他联系方式</translation>
    </message>
    <message>
        <source>legal representative (organisation)</source>
        <translation>法定代表人（仅适用于法人或其他组织）</translation>
    </message>
    <message>
        <source>the legal representative's title</source>
        <translation>法定代表人的职务</translation>
    </message>
    <message>
        <source>for an agent: the id of the party represented</source>
        <translation>仅适用于诉讼代理人：被代理当事人的ID</translation>
    </message>
    <message>
        <source>--library needs a folder</source>
        <translation>--library 需要指定文件夹</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>unknown command "%1"; see habeas-cli --help</source>
        <translation>未知命令“%1”；参见 habeas-cli --help</translation>
    </message>
    <message>
        <source>Representative's title</source>
        <translation>法定代表人职务</translation>
    </message>
    <message>
        <source>property-loss, processor-gain, rights-protection-cost, mental-distress, discretionary, illegal-gain or per-record</source>
        <translation>property-loss（财产损失）、processor-gain（侵权人获益）、rights-protection-cost（维权合理开支）、mental-distress（精神损害抚慰金）、discretionary（酌定赔偿）、illegal-gain（违法所得）或 per-record（按记录数计算的赔偿）</translation>
    </message>
    <message>
        <source>the amount in yuan, e.g. 2900 or 1038.50</source>
        <translation>金额（元），例如2900或1038.50</translation>
    </message>
    <message>
        <source>the legal basis, e.g. "PIPL 69(2)" (default: the head's usual basis)</source>
        <translation>法律依据，例如“PIPL 69(2)”（默认：该赔偿项目通常的法律依据）</translation>
    </message>
    <message>
        <source>the exhibit that proves the item</source>
        <translation>证明该项目的证据</translation>
    </message>
    <message>
        <source>claimed (default), expected, conservative or a name of your own</source>
        <translation>claimed（诉请方案，默认）、expected（预期方案）、conservative（保守方案）或自定义名称</translation>
    </message>
    <message>
        <source>a defendant liable for the item; several make it joint and several</source>
        <translation>对该项目承担责任的被告；指定多个被告即为连带责任</translation>
    </message>
    <message>
        <source>what the item is</source>
        <translation>项目说明</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>per-record: the number of records</source>
        <translation>per-record：记录数</translation>
    </message>
    <message>
        <source>per-record: yuan per record</source>
        <translation>per-record：每条记录的金额（元）</translation>
    </message>
    <message>
        <source>per-record: a stated coefficient, e.g. 敏感个人信息=10</source>
        <translation>per-record：附说明的系数，例如敏感个人信息=10</translation>
    </message>
    <message>
        <source>mental distress: a factor of the SPC interpretation Art. 5 (fault, circumstances, consequences, profit, ability, living-standard)</source>
        <translation>精神损害抚慰金：精神损害赔偿司法解释第五条所列的因素（fault（过错程度）、circumstances（具体情节）、consequences（侵权后果）、profit（获利情况）、ability（经济能力）、living-standard（当地平均生活水平））</translation>
    </message>
    <message>
        <source>costs: lawyer, notary, timestamp, preservation, investigation, travel, printing or other</source>
        <translation>维权合理开支：lawyer（律师费）、notary（公证费）、timestamp（可信时间戳）、preservation（证据保全）、investigation（调查取证）、travel（交通费）、printing（打印复印费）或 other（其他）</translation>
    </message>
    <message>
        <source>costs: the date paid</source>
        <translation>维权合理开支：支付日期</translation>
    </message>
    <message>
        <source>costs: who was paid</source>
        <translation>维权合理开支：收款方</translation>
    </message>
    <message>
        <source>costs: the invoice or receipt</source>
        <translation>维权合理开支：发票或票据</translation>
    </message>
    <message>
        <source>--head: "%1" is not a head of damages.</source>
        <translation>--head：“%1”不是有效的赔偿项目。</translation>
    </message>
    <message>
        <source>--records: the number of records must be at least 1, not "%1".</source>
        <translation>--records：记录数至少为1，而不是“%1”。</translation>
    </message>
    <message>
        <source>--expense-kind: "%1" is not a kind of expense.</source>
        <translation>--expense-kind：“%1”不是有效的费用类型。</translation>
    </message>
    <message>
        <source>--paid-on must be a date like 2021-01-20.</source>
        <translation>--paid-on 必须是形如2021-01-20的日期。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>赔偿项目</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Defendants</source>
        <translation>被告</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>damages add: --head is required</source>
        <translation>damages add：必须指定 --head</translation>
    </message>
    <message>
        <source>damages add: --amount is required</source>
        <translation>damages add：必须指定 --amount</translation>
    </message>
    <message>
        <source>Added item %1: %2, %3 yuan (%4)</source>
        <translation>已添加赔偿项目%1：%2，%3元（%4）</translation>
    </message>
    <message>
        <source>the item id</source>
        <translation>赔偿项目ID</translation>
    </message>
    <message>
        <source>only this scenario</source>
        <translation>仅显示此方案</translation>
    </message>
    <message>
        <source>Removed item %1.</source>
        <translation>已移除赔偿项目%1。</translation>
    </message>
    <message>
        <source>the scenario (default: claimed)</source>
        <translation>方案（默认：claimed，即诉请方案）</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>对%1</translation>
    </message>
    <message>
        <source>Of which joint and several</source>
        <translation>其中连带部分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <source>Court fee (personality rights)</source>
        <translation>案件受理费（人格权案件）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>the amount claimed, in yuan</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <source>property or personality (default: personality rights)</source>
        <translation>property（财产案件）或 personality（人格权案件），默认为人格权案件</translation>
    </message>
    <message>
        <source>simplified procedure: the fee is halved</source>
        <translation>适用简易程序：案件受理费减半交纳</translation>
    </message>
    <message>
        <source>fee: --amount is required</source>
        <translation>fee：必须指定 --amount</translation>
    </message>
    <message>
        <source>--kind must be property or personality</source>
        <translation>--kind 必须为 property 或 personality</translation>
    </message>
    <message>
        <source>the exhibit's title</source>
        <translation>证据名称</translation>
    </message>
    <message>
        <source>what it proves (证明目的)</source>
        <translation>证明目的</translation>
    </message>
    <message>
        <source>where it comes from</source>
        <translation>证据来源</translation>
    </message>
    <message>
        <source>when it was captured, e.g. 2021-01-20T09:30:00+08:00</source>
        <translation>取证时间，例如2021-01-20T09:30:00+08:00</translation>
    </message>
    <message>
        <source>the device and OS used</source>
        <translation>所用设备及操作系统</translation>
    </message>
    <message>
        <source>who captured it</source>
        <translation>取证人</translation>
    </message>
    <message>
        <source>the notarial certificate number</source>
        <translation>公证书编号</translation>
    </message>
    <message>
        <source>--captured must be a date and time like 2021-01-20T09:30:00+08:00, not "%1".</source>
        <translation>--captured 必须是形如2021-01-20T09:30:00+08:00的日期和时间，而不是“%1”。</translation>
    </message>
    <message>
        <source>the files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>the exhibit group (the fact proved), default 1</source>
        <translation>证据组（所证明的事实），默认为1</translation>
    </message>
    <message>
        <source>evidence add: name the case and at least one file</source>
        <translation>evidence add：请指定案件及至少一个文件</translation>
    </message>
    <message>
        <source>--group must be 1 or more</source>
        <translation>--group 必须至少为1</translation>
    </message>
    <message>
        <source>--title names one file; import several without it</source>
        <translation>--title 仅适用于单个文件；导入多个文件时请勿指定</translation>
    </message>
    <message>
        <source>no file was imported</source>
        <translation>未导入任何文件</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>证据编号</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>the exhibit id</source>
        <translation>证据ID</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
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
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Removed exhibit %1; its original stays in the store.</source>
        <translation>已移除ID为%1的证据；其原件仍保留在证据库中。</translation>
    </message>
    <message>
        <source>where to write the original bytes</source>
        <translation>原件的导出路径</translation>
    </message>
    <message>
        <source>evidence export: --out is required</source>
        <translation>evidence export：必须指定 --out</translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2)</source>
        <translation>已写入%1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>only this case</source>
        <translation>仅校验此案件</translation>
    </message>
    <message>
        <source>case %1, exhibit %2 (id %3): %4</source>
        <translation>案件%1，%2（ID %3）：%4</translation>
    </message>
    <message>
        <source>Every stored original matches its SHA-256.</source>
        <translation>所有存储的原件均与其SHA-256值一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) missing or altered</source>
        <translation>
            <numerusform>%n件证据缺失或被改动</numerusform>
        </translation>
    </message>
    <message>
        <source>list the removed parties instead</source>
        <translation>改为列出已移除的当事人</translation>
    </message>
    <message>
        <source>Removed party %1 (habeas-cli party restore %1 brings it back).</source>
        <translation>已移除当事人%1（可用 habeas-cli party restore %1 恢复）。</translation>
    </message>
    <message>
        <source>e.g. "PIPL 16", "个人信息保护法第十六条", "Civil Code 1034"</source>
        <translation>例如“PIPL 16”“个人信息保护法第十六条”“Civil Code 1034”</translation>
    </message>
    <message>
        <source>the language of the labels (the text is the official Chinese)</source>
        <translation>标签所用语言（条文为官方中文文本）</translation>
    </message>
    <message>
        <source>That article is not in the statute library.</source>
        <translation>法规库中没有该条文。</translation>
    </message>
    <message>
        <source>Only the official Chinese text is shipped; there is no English text to show.</source>
        <translation>仅收录官方中文文本，没有英文文本可供显示。</translation>
    </message>
    <message>
        <source>words to find, e.g. 单独同意</source>
        <translation>要查找的词语，例如 单独同意</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>诉由</translation>
    </message>
    <message>
        <source>a theory id, e.g. refusal-of-service</source>
        <translation>诉由 ID，例如 refusal-of-service</translation>
    </message>
    <message>
        <source>There is no theory "%1"; habeas-cli theory list shows them.</source>
        <translation>没有诉由“%1”；可用 habeas-cli theory list 查看全部诉由。</translation>
    </message>
    <message>
        <source>2021-01-20, 2021-01 or 2021</source>
        <translation>2021-01-20、2021-01 或 2021</translation>
    </message>
    <message>
        <source>day, month, year or approx (default: from the date)</source>
        <translation>day（日）、month（月）、year（年）或 approx（约）（默认依日期推定）</translation>
    </message>
    <message>
        <source>the fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>an exhibit that proves it</source>
        <translation>证明该事实的证据</translation>
    </message>
    <message>
        <source>the other side disputes it</source>
        <translation>对方有争议</translation>
    </message>
    <message>
        <source>event add: --date and --text are required</source>
        <translation>event add：必须提供 --date 和 --text</translation>
    </message>
    <message>
        <source>--precision must be day, month, year or approx</source>
        <translation>--precision 必须为 day、month、year 或 approx</translation>
    </message>
    <message>
        <source>Added event %1: %2</source>
        <translation>已添加事件%1：%2</translation>
    </message>
    <message>
        <source>  (disputed)</source>
        <translation>  （有争议）</translation>
    </message>
    <message>
        <source>a theory id (habeas-cli theory list)</source>
        <translation>诉由 ID（见 habeas-cli theory list）</translation>
    </message>
    <message>
        <source>the claim id</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>the element, by number or id</source>
        <translation>构成要件，按序号或 ID</translation>
    </message>
    <message>
        <source>the page of the exhibit</source>
        <translation>证据的页码</translation>
    </message>
    <message>
        <source>STATUS must be unproven, supported, disputed or proven</source>
        <translation>STATUS 必须为 unproven、supported、disputed 或 proven</translation>
    </message>
    <message>
        <source>%1 (id %2) proves no element</source>
        <translation>%1（ID %2）未用于证明任何构成要件</translation>
    </message>
    <message>
        <source>the proof has gaps</source>
        <translation>证明存在缺口</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>library</source>
        <translation>案件库</translation>
    </message>
    <message>
        <source>the template to copy into the library for editing</source>
        <translation>要复制到案件库中以供编辑的模板</translation>
    </message>
    <message>
        <source>Copied to %1; edit it there, the library now uses it.</source>
        <translation>已复制到%1；请在该处编辑，案件库此后将使用该模板。</translation>
    </message>
    <message>
        <source>The evidence bundle is a PDF only: use --format pdf.</source>
        <translation>证据材料只能生成PDF：请使用 --format pdf。</translation>
    </message>
    <message>
        <source>the template id (see template list)</source>
        <translation>模板ID（见 template list）</translation>
    </message>
    <message>
        <source>the file format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>where to write it</source>
        <translation>输出路径</translation>
    </message>
    <message>
        <source>generate even with fields missing: gaps marked, a 草稿 watermark</source>
        <translation>即使缺少信息也生成：标出缺项，并加“草稿”水印</translation>
    </message>
    <message>
        <source>generate: --%1 is required</source>
        <translation>generate：必须指定 --%1</translation>
    </message>
    <message>
        <source>--format is docx or pdf, not "%1"</source>
        <translation>--format 必须为 docx 或 pdf，而不是“%1”</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>witnesses present, or the notary office</source>
        <translation>在场见证人或公证机构</translation>
    </message>
    <message>
        <source>the trusted-timestamp or blockchain certificate id</source>
        <translation>可信时间戳或区块链存证的证书编号</translation>
    </message>
    <message>
        <source>an account of how it was collected</source>
        <translation>取证经过</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>stored, not read: %1</source>
        <translation>已存储，未读取：%1</translation>
    </message>
    <message>
        <source>%1 It is stored; to read it, add it again with --password.</source>
        <translation>%1文件已存储；如需读取，请使用 --password 重新添加。</translation>
    </message>
    <message>
        <source>stored, not read yet: %1</source>
        <translation>已存储，尚未读取：%1</translation>
    </message>
    <message>
        <source>the password of protected PDFs</source>
        <translation>受密码保护的PDF的密码</translation>
    </message>
    <message>
        <source>leave OCR of images for later (evidence ocr)</source>
        <translation>暂不对图像进行文字识别（OCR），留待以后处理（evidence ocr）</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Timestamp certificate</source>
        <translation>可信时间戳/区块链存证编号</translation>
    </message>
    <message>
        <source>How collected</source>
        <translation>取证经过</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>No OCR is pending.</source>
        <translation>没有待处理的文字识别（OCR）。</translation>
    </message>
    <message>
        <source>write a copy with the redaction regions burned in (image: PNG; PDF: image-only PDF)</source>
        <translation>导出已将遮盖区域涂黑固化的副本（图像：PNG；PDF：纯图像PDF）</translation>
    </message>
    <message>
        <source>the password of a protected PDF</source>
        <translation>受密码保护的PDF的密码</translation>
    </message>
    <message>
        <source>Wrote a redacted copy to %1 (SHA-256 %2)</source>
        <translation>已将遮盖版副本写入%1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>a region of the exhibit (habeas-cli evidence regions ID)</source>
        <translation>证据的区域（见 habeas-cli evidence regions ID）</translation>
    </message>
    <message>
        <source>exhibit %1 has no region %2</source>
        <translation>ID为%1的证据没有区域%2</translation>
    </message>
    <message>
        <source>also write the report as CSV</source>
        <translation>同时将报告写为CSV文件</translation>
    </message>
    <message>
        <source>also write the report as PDF</source>
        <translation>同时将报告写为PDF文件</translation>
    </message>
    <message>
        <source>--%1 must be 1 or more</source>
        <translation>--%1 必须至少为1</translation>
    </message>
    <message>
        <source>--rect is x,y,width,height in fractions of the page, e.g. 0.1,0.2,0.5,0.1</source>
        <translation>--rect 为以页面比例表示的 x,y,width,height，例如 0.1,0.2,0.5,0.1</translation>
    </message>
    <message>
        <source>its new place in the group, from 1</source>
        <translation>在证据组中的新位置，从1开始</translation>
    </message>
    <message>
        <source>move it into another group</source>
        <translation>移入其他证据组</translation>
    </message>
    <message>
        <source>evidence move: --to is required</source>
        <translation>evidence move：必须指定 --to</translation>
    </message>
    <message>
        <source>Exhibit %1 is now %2.</source>
        <translation>ID为%1的证据现为%2。</translation>
    </message>
    <message>
        <source>the page, default 1</source>
        <translation>页码，默认为1</translation>
    </message>
    <message>
        <source>the region, in fractions of the page (0,0 is the top left)</source>
        <translation>区域，以页面比例表示（0,0为左上角）</translation>
    </message>
    <message>
        <source>a highlight (default) or a redaction box</source>
        <translation>高亮标注（默认）或遮盖框</translation>
    </message>
    <message>
        <source>what the region shows</source>
        <translation>该区域所显示的内容</translation>
    </message>
    <message>
        <source>evidence annotate: --rect is required</source>
        <translation>evidence annotate：必须指定 --rect</translation>
    </message>
    <message>
        <source>--kind is highlight or redaction</source>
        <translation>--kind 必须为 highlight 或 redaction</translation>
    </message>
    <message>
        <source>Added region %1 (id %2): %3</source>
        <translation>已添加区域%1（ID %2）：%3</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>X,Y,W,H</source>
        <translation>X,Y,W,H</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the words to find (all must match)</source>
        <translation>要查找的词语（须全部匹配）</translation>
    </message>
    <message>
        <source>search one case only</source>
        <translation>仅搜索一个案件</translation>
    </message>
    <message>
        <source>case %1, %2 (id %3), page %4</source>
        <translation>案件%1，%2（ID %3），第%4页</translation>
    </message>
    <message>
        <source>case %1, %2 (id %3)</source>
        <translation>案件%1，%2（ID %3）</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何结果。</translation>
    </message>
    <message>
        <source>start a supplementary evidence list: numbering continues after the earlier lists</source>
        <translation>新建补充证据目录：编号接续此前各目录</translation>
    </message>
    <message>
        <source>add to evidence list N (1 the first)</source>
        <translation>加入第N份证据目录（1为首份）</translation>
    </message>
    <message>
        <source>--supplement and --list exclude each other</source>
        <translation>--supplement 与 --list 不能同时使用</translation>
    </message>
    <message>
        <source>--list must be 1 or more</source>
        <translation>--list 须为1或以上</translation>
    </message>
    <message>
        <source>one 诉讼请求, in order (none: back to the theories' wording)</source>
        <translation>一项诉讼请求，按顺序（不提供：恢复为诉由的通用表述）</translation>
    </message>
    <message>
        <source>No wording of its own: the complaint uses the theories' wording.</source>
        <translation>本案尚无自拟表述：起诉状采用诉由的通用表述。</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>a period of N days</source>
        <translation>期间为N日</translation>
    </message>
    <message>
        <source>a period of N months</source>
        <translation>期间为N个月</translation>
    </message>
    <message>
        <source>a period of N years</source>
        <translation>期间为N年</translation>
    </message>
    <message>
        <source>with --days: count working days of the official calendar</source>
        <translation>与 --days 同用：按官方日历计算工作日</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least 1, not "%2"</source>
        <translation>--%1 必须是不小于1的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>give one of --days, --months and --years</source>
        <translation>--days、--months、--years 只能给出一个</translation>
    </message>
    <message>
        <source>--working-days counts the days given with --days</source>
        <translation>--working-days 计算的是 --days 给出的日数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>届满日</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>自%2起%1（%3）</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>the day the period starts from (not counted)</source>
        <translation>期间的起算日（当日不计入）</translation>
    </message>
    <message>
        <source>deadline compute: --from is required</source>
        <translation>deadline compute：必须给出 --from</translation>
    </message>
    <message>
        <source>deadline compute: give the period with --days, --months or --years</source>
        <translation>deadline compute：请用 --days、--months 或 --years 给出期间</translation>
    </message>
    <message>
        <source>the chronology event that starts it (its date is the start, and moves it)</source>
        <translation>作为起算依据的大事记事件（其日期即起算日，修改日期期限随之变动）</translation>
    </message>
    <message>
        <source>the generated document that starts it (the day it was generated)</source>
        <translation>作为起算依据的已生成文书（以生成之日起算）</translation>
    </message>
    <message>
        <source>what is due (default: the rule's name)</source>
        <translation>届满时应完成的事项（默认为规则名称）</translation>
    </message>
    <message>
        <source>answer, appeal-judgment, appeal-ruling, evidence, retrial, enforcement, limitation, public-notice, rights-request or custom</source>
        <translation>answer、appeal-judgment、appeal-ruling、evidence、retrial、enforcement、limitation、public-notice、rights-request 或 custom</translation>
    </message>
    <message>
        <source>deadline add: --kind is required</source>
        <translation>deadline add：必须给出 --kind</translation>
    </message>
    <message>
        <source>unknown deadline kind "%1"; one of answer, appeal-judgment, appeal-ruling, evidence, retrial, enforcement, limitation, public-notice, rights-request, custom</source>
        <translation>未知的期限种类“%1”；应为 answer、appeal-judgment、appeal-ruling、evidence、retrial、enforcement、limitation、public-notice、rights-request、custom 之一</translation>
    </message>
    <message>
        <source>deadline add: give the start with --from, --event or --document</source>
        <translation>deadline add：请用 --from、--event 或 --document 给出起算</translation>
    </message>
    <message>
        <source>the deadline id</source>
        <translation>期限编号</translation>
    </message>
    <message>
        <source>the case id (default: every case)</source>
        <translation>案件编号（默认：全部案件）</translation>
    </message>
    <message>
        <source>only open deadlines due within DAYS days from today (overdue ones included)</source>
        <translation>仅显示自今日起DAYS日内届满的未完成期限（含已逾期）</translation>
    </message>
    <message>
        <source>only open deadlines whose day has passed</source>
        <translation>仅显示已逾期的未完成期限</translation>
    </message>
    <message>
        <source>done deadlines too</source>
        <translation>同时显示已完成的期限</translation>
    </message>
    <message>
        <source>--due-within must be a number of days, not "%1"</source>
        <translation>--due-within 必须是日数，而不是“%1”</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>(cannot be computed)</source>
        <translation>（无法计算）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>mark it open again</source>
        <translation>重新标记为未完成</translation>
    </message>
    <message>
        <source>Deadline %1 is done.</source>
        <translation>期限%1已完成。</translation>
    </message>
    <message>
        <source>Deadline %1 is open again.</source>
        <translation>期限%1已重新打开。</translation>
    </message>
    <message>
        <source>Removed deadline %1.</source>
        <translation>已删除期限%1。</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>要写入的 .ics 文件</translation>
    </message>
    <message>
        <source>deadline ics: --out is required</source>
        <translation>deadline ics：必须给出 --out</translation>
    </message>
    <message>
        <source>Wrote %1 deadline(s) to %2</source>
        <translation>已将%1个期限写入%2</translation>
    </message>
    <message>
        <source>The demo's exhibits were not read (they stay pending): %1</source>
        <translation>演示案件的证据未能读取（仍为待读取）：%1</translation>
    </message>
    <message>
        <source>the day the case ended (empty: still open); no deadline starts after it</source>
        <translation>案件终结之日（留空：尚未终结）；此后不再起算期限</translation>
    </message>
    <message>
        <source>  conduct continuing until %1</source>
        <translation>  行为持续至%1</translation>
    </message>
    <message>
        <source>the date until which the conduct went on (2022-03-01), or "no" to clear</source>
        <translation>行为持续至的日期（2022-03-01），或用“no”清除</translation>
    </message>
    <message>
        <source>DATE must be an ISO date such as 2022-03-01, or "no"</source>
        <translation>DATE 必须是 ISO 日期（如2022-03-01）或“no”</translation>
    </message>
    <message>
        <source>    no article of this element was in force: rest it on other law, or mark the conduct continuing (claim continuing)</source>
        <translation>    该要件的条文在当时均未施行：请改依其他法律，或将行为标记为持续（claim continuing）</translation>
    </message>
    <message>
        <source>    pleaded instead under %1</source>
        <translation>    改依%1主张</translation>
    </message>
    <message>
        <source>remove evidence files no record cites and leftovers of interrupted imports</source>
        <translation>删除没有任何记录引用的证据文件以及中断导入的残留文件</translation>
    </message>
    <message>
        <source>the library database is damaged (%1); nothing was removed</source>
        <translation>案件库数据库已损坏（%1）；未删除任何文件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unreferenced files</source>
        <translation>未被引用的文件</translation>
    </message>
    <message>
        <source>Interrupted imports</source>
        <translation>中断的导入</translation>
    </message>
    <message numerus="yes">
        <source>%n leftover(s) of interrupted imports</source>
        <translation>
            <numerusform>%n个中断导入的残留文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent file(s) kept: an import may be recording them</source>
        <translation>
            <numerusform>保留%n个新近文件：可能有导入正在记录它们</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>cannot read the passphrase from standard input</source>
        <translation>无法从标准输入读取口令</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input gave no passphrase</source>
        <translation>--passphrase-stdin：标准输入未提供口令</translation>
    </message>
    <message>
        <source>where to write the bundle (.habeas)</source>
        <translation>案件包（.habeas）的写入位置</translation>
    </message>
    <message>
        <source>encrypt it (Argon2id and XChaCha20-Poly1305); needs --passphrase-stdin</source>
        <translation>加密（Argon2id与XChaCha20-Poly1305）；须同时使用--passphrase-stdin</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input</source>
        <translation>从标准输入的第一行读取口令</translation>
    </message>
    <message>
        <source>bundle export: --out is required</source>
        <translation>bundle export：必须提供--out</translation>
    </message>
    <message>
        <source>bundle export: --encrypt and --passphrase-stdin go together</source>
        <translation>bundle export：--encrypt与--passphrase-stdin须同时使用</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>案件包标识</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>解开后大小</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>the bundle (.habeas)</source>
        <translation>案件包（.habeas）</translation>
    </message>
    <message>
        <source>Imported "%1" as case %2 (originals: %3 added, %4 already in the library).</source>
        <translation>已将“%1”导入为案件%2（原件：新增%3件，资料库中已有%4件）。</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>the sentence the claim's reasons stand under in the complaint, or "default" for the theory's own</source>
        <translation>起诉状中该请求理由所在的标题句；填写“default”则恢复理论默认标题</translation>
    </message>
    <message>
        <source>the alternative the claim pleads (habeas-cli theory show THEORY lists them), or "none"</source>
        <translation>该请求主张的情形（habeas-cli theory show THEORY 可列出），或填写“none”</translation>
    </message>
    <message>
        <source>yes: the processor refused to produce the evidence of it, and the complaint asks for an adverse inference (SPC evidence provisions Art. 95); no: clear</source>
        <translation>yes：处理者拒不提交证明该要件的证据，起诉状请求作出不利推定（民事诉讼证据规定第九十五条）；no：取消</translation>
    </message>
    <message>
        <source>STATE must be yes or no</source>
        <translation>STATE 只能为 yes 或 no</translation>
    </message>
    <message>
        <source>mental distress: the serious harm it rests on (Civil Code Art. 1183(1)), as the complaint states it</source>
        <translation>精神损害：所依据的严重精神损害后果（民法典第一千一百八十三条第一款），按起诉状的表述填写</translation>
    </message>
    <message>
        <source>--ends must be judgment, mediation or withdrawal, not "%1".</source>
        <translation>--ends 只能为 judgment、mediation 或 withdrawal，而不是“%1”。</translation>
    </message>
    <message>
        <source>how the case ends: judgment (default), mediation or withdrawal (both halve the fee, 诉讼费用交纳办法 Art. 15)</source>
        <translation>结案方式：判决（默认）、调解或撤诉（后两者减半交纳案件受理费，诉讼费用交纳办法第十五条）</translation>
    </message>
    <message>
        <source>Court fee (property case: contract)</source>
        <translation>案件受理费（财产案件：违约）</translation>
    </message>
    <message>
        <source>%1  %2: no alternative chosen (claim alternative %1 LIMB); one of: %3</source>
        <translation>%1  %2：未选择所主张的情形（claim alternative %1 LIMB）；可选：%3</translation>
    </message>
    <message>
        <source>  heading: %1%2</source>
        <translation>  标题：%1%2</translation>
    </message>
    <message>
        <source> (the theory's)</source>
        <translation>（理论默认）</translation>
    </message>
    <message>
        <source>  ⚠ no alternative chosen: only the elements common to all count (claim alternative CLAIM LIMB)</source>
        <translation>  ⚠ 未选择所主张的情形：仅计算各情形共有的要件（claim alternative CLAIM LIMB）</translation>
    </message>
    <message>
        <source>  alternative: %1</source>
        <translation>  所主张的情形：%1</translation>
    </message>
    <message>
        <source>      adverse inference: the processor withholds the evidence (EvP 95)</source>
        <translation>      不利推定：处理者拒不提交证据（民事诉讼证据规定第九十五条）</translation>
    </message>
    <message>
        <source>alternative %1: %2</source>
        <translation>可选情形 %1：%2</translation>
    </message>
    <message>
        <source>limb %1: %2</source>
        <translation>分项 %1：%2</translation>
    </message>
    <message>
        <source>There is no template "%1" (see template list).</source>
        <translation>没有模板“%1”（参见 template list）。</translation>
    </message>
    <message>
        <source>The template %1 has no fields of its own; it takes everything from the case.</source>
        <translation>模板%1没有需要单独填写的字段，其内容全部取自案件。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>the letter or application (see template list)</source>
        <translation>函件或者申请书（参见 template list）</translation>
    </message>
    <message>
        <source>set a field; a list field takes one --field per line; days are a number; items are numbers (1,4); an event is its id; yes or no</source>
        <translation>设置字段；列表字段每行一个 --field；天数为数字；项为项号（1,4）；事件为其编号；是否字段为 yes 或 no</translation>
    </message>
    <message>
        <source>clear a field</source>
        <translation>清除字段</translation>
    </message>
    <message>
        <source>document: --template is required</source>
        <translation>document：必须指定 --template</translation>
    </message>
    <message>
        <source>--field takes ID=VALUE, not "%1".</source>
        <translation>--field 的格式为 ID=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>document set: give --field or --clear</source>
        <translation>document set：请给出 --field 或 --clear</translation>
    </message>
    <message>
        <source>%1 has no field "%2"; its fields: %3.</source>
        <translation>%1没有字段“%2”；其字段为：%3。</translation>
    </message>
    <message>
        <source>(not worded)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉讼请求</translation>
    </message>
    <message>
        <source>Demand in a letter</source>
        <translation>函件中的要求</translation>
    </message>
    <message>
        <source>the request, by its number in request list</source>
        <translation>诉讼请求在 request list 中的序号</translation>
    </message>
    <message>
        <source>what the letter demands, in the lawyer's words, e.g. 停止向委托人推送个性化广告 (empty: clear)</source>
        <translation>函件提出的要求，由律师表述，如“停止向委托人推送个性化广告”（留空则清除）</translation>
    </message>
    <message>
        <source>request demand: give both --position and --text</source>
        <translation>request demand：须同时给出 --position 和 --text</translation>
    </message>
    <message>
        <source>--position is a number, not "%1"</source>
        <translation>--position 应为数字，而不是“%1”</translation>
    </message>
    <message>
        <source>written or public (Civil Code 1000)</source>
        <translation>written（书面）或 public（公开）（民法典第一千条）</translation>
    </message>
    <message>
        <source>public: where it is published, e.g. 其运营的“某某”App首页显著位置</source>
        <translation>公开：刊登的位置，如“其运营的‘某某’App首页显著位置”</translation>
    </message>
    <message>
        <source>public: for how many days it stays published</source>
        <translation>公开：持续刊登的天数</translation>
    </message>
    <message>
        <source>--form must be written or public, not "%1".</source>
        <translation>--form 须为 written 或 public，而不是“%1”。</translation>
    </message>
    <message>
        <source>--days is a positive number, not "%1".</source>
        <translation>--days 应为正数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与当事人的关系</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>代理权限</translation>
    </message>
    <message>
        <source>for an agent: entrusted (委托诉讼代理人, at most two per party) or statutory (法定代理人 of a minor or incapacitated party)</source>
        <translation>代理人：entrusted（委托诉讼代理人，每名当事人至多两名）或 statutory（未成年人或无诉讼行为能力人的法定代理人）</translation>
    </message>
    <message>
        <source>for a statutory agent: the relation to the party, e.g. 父亲</source>
        <translation>法定代理人：与当事人的关系，如父亲</translation>
    </message>
    <message>
        <source>for an entrusted agent: general or special (CPL 62); empty: not chosen</source>
        <translation>委托诉讼代理人：general（一般授权）或 special（特别授权）（民事诉讼法第六十二条）；留空表示未选择</translation>
    </message>
    <message>
        <source>with special authority: the powers granted, comma-separated: admit, waive, modify, settle, counterclaim, appeal</source>
        <translation>特别授权时授予的事项，以逗号分隔：admit、waive、modify、settle、counterclaim、appeal</translation>
    </message>
    <message>
        <source>write a teaching copy: pseudonyms for every person, identifiers masked, each exhibit a rendering with its redactions burned in (every exhibit reviewed first: bundle review)</source>
        <translation>生成教学副本：所有人员以化名替代，身份标识信息予以遮蔽，每份证据仅以烧录遮盖区域后的渲染件出现（须先逐份复核证据：bundle review）</translation>
    </message>
    <message>
        <source>Teaching copy</source>
        <translation>教学副本</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>redactions changed</source>
        <translation>遮盖区域已变更</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未复核</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>record that you reviewed every page of this exhibit (its id) as the teaching copy will show it; repeat for each</source>
        <translation>记录您已按教学副本的呈现方式逐页复核该证据（证据编号）；每份证据重复一次</translation>
    </message>
    <message>
        <source>--kind must be private, public-interest, criminal-incidental-public-interest or clinic</source>
        <translation>--kind 须为 private、public-interest、criminal-incidental-public-interest 或 clinic</translation>
    </message>
    <message>
        <source>public interest: where the money goes: treasury (上缴国库), fund or organisation</source>
        <translation>公益诉讼：款项去向：treasury（上缴国库）、fund（公益基金）或 organisation（组织）</translation>
    </message>
    <message>
        <source>public interest: the fund's or organisation's name</source>
        <translation>公益诉讼：基金或组织的名称</translation>
    </message>
    <message>
        <source>per-record: take the record count from the case's register: records, minors, under14 or category:&lt;category&gt; (e.g. category:行踪轨迹); empty: typed</source>
        <translation>按条计算：条数取自本案登记名册：records、minors、under14 或 category:&lt;类别&gt;（如 category:行踪轨迹）；为空则按输入的条数</translation>
    </message>
    <message>
        <source>--to must be treasury, fund or organisation, not "%1".</source>
        <translation>--to 须为 treasury、fund 或 organisation，而非“%1”。</translation>
    </message>
    <message>
        <source>no body or organisation sued</source>
        <translation>无机关或组织提起诉讼</translation>
    </message>
    <message>
        <source>came forward to sue: %1</source>
        <translation>已有组织提起诉讼：%1</translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation>尚未记录</translation>
    </message>
    <message>
        <source>--outcome must be unknown, none or came-forward, not "%1".</source>
        <translation>--outcome 须为 unknown、none 或 came-forward，而非“%1”。</translation>
    </message>
    <message>
        <source>--prosecutor: only a public-interest case has prosecutors.</source>
        <translation>--prosecutor：只有公益诉讼案件才有承办检察官。</translation>
    </message>
    <message>
        <source>--prosecutor: "%1" has no name.</source>
        <translation>--prosecutor：“%1”没有姓名。</translation>
    </message>
    <message>
        <source>Procuratorate's number</source>
        <translation>检察机关文号</translation>
    </message>
    <message>
        <source>Prosecutors</source>
        <translation>承办检察官</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>诉前公告</translation>
    </message>
    <message>
        <source>%1 in %2; the 30 days end on %3</source>
        <translation>%1发布于%2；三十日公告期于%3届满</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>After the announcement</source>
        <translation>公告期满后</translation>
    </message>
    <message>
        <source>not yet published (habeas-cli case announce)</source>
        <translation>尚未发布（habeas-cli case announce）</translation>
    </message>
    <message>
        <source>Criminal fine of %1</source>
        <translation>%1的刑事罚金</translation>
    </message>
    <message>
        <source>the day the announcement was published, e.g. 2024-03-01</source>
        <translation>公告发布日期，如 2024-03-01</translation>
    </message>
    <message>
        <source>where it was published, e.g. 正义网</source>
        <translation>发布媒体，如正义网</translation>
    </message>
    <message>
        <source>the contact person it names</source>
        <translation>公告所列联系人</translation>
    </message>
    <message>
        <source>the contact phone number it gives</source>
        <translation>公告所列联系电话</translation>
    </message>
    <message>
        <source>after the 30 days: unknown, none (no body or organisation sued) or came-forward</source>
        <translation>三十日公告期满后：unknown（尚不知）、none（无机关或组织提起诉讼）或 came-forward（已有组织起诉）</translation>
    </message>
    <message>
        <source>with --outcome came-forward: an organisation that came forward to sue</source>
        <translation>与 --outcome came-forward 同用：提起诉讼的组织</translation>
    </message>
    <message>
        <source>remove the announcement recorded</source>
        <translation>删除已记录的诉前公告</translation>
    </message>
    <message>
        <source>the defendant the criminal judgment fined</source>
        <translation>刑事判决判处罚金的被告</translation>
    </message>
    <message>
        <source>the fine in yuan</source>
        <translation>罚金数额（元）</translation>
    </message>
    <message>
        <source>the criminal judgment's case number</source>
        <translation>刑事判决的案号</translation>
    </message>
    <message>
        <source>remove the fine recorded for the defendant</source>
        <translation>删除该被告已记录的罚金</translation>
    </message>
    <message>
        <source>damages fine: --defendant and --amount (or --clear) are required</source>
        <translation>damages fine：须给出 --defendant 和 --amount（或 --clear）</translation>
    </message>
    <message>
        <source>%1 alone, %2 jointly and severally</source>
        <translation>单独承担%1，连带承担%2</translation>
    </message>
    <message>
        <source>; illegal gain %1</source>
        <translation>；违法所得%1</translation>
    </message>
    <message>
        <source>; criminal fine already ordered %1 (not claimed)</source>
        <translation>；刑事判决已判处罚金%1（不作为诉讼请求）</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>支付至%1</translation>
    </message>
    <message>
        <source>Court fee</source>
        <translation>诉讼费用</translation>
    </message>
    <message>
        <source>none: a procuratorate pays no court fee</source>
        <translation>无：检察机关不交纳诉讼费用</translation>
    </message>
    <message>
        <source>Ages as of</source>
        <translation>年龄计算日</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Unreadable rows</source>
        <translation>无法读取的行</translation>
    </message>
    <message>
        <source>Invalid ID numbers</source>
        <translation>无效身份证号码</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Records (distinct persons)</source>
        <translation>记录（不同自然人）</translation>
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
        <source>By category</source>
        <translation>按信息类别</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>按年龄段</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <source>--column must be ROLE=HEADER with ROLE one of name, id-number, phone, address, category; not "%1"</source>
        <translation>--column 须为 角色=列名，角色为 name、id-number、phone、address、category 之一；而不是“%1”</translation>
    </message>
    <message>
        <source>Imported the register of case %1 from %2 in %3 s.</source>
        <translation>已从 %2 导入案件 %1 的名册，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Rows that could not be read (the first %1):</source>
        <translation>无法读取的行（前 %1 行）：</translation>
    </message>
    <message>
        <source>Rows that could not be read:</source>
        <translation>无法读取的行：</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>the public-interest case</source>
        <translation>公益诉讼案件</translation>
    </message>
    <message>
        <source>the register: CSV (UTF-8 or GB18030) or XLSX</source>
        <translation>名册：CSV（UTF-8 或 GB18030）或 XLSX</translation>
    </message>
    <message>
        <source>the date of the conduct, for ages (default: the case's earliest chronology date)</source>
        <translation>行为发生日期，用于计算年龄（默认：案件事实经过中最早的日期）</translation>
    </message>
    <message>
        <source>the column holding name, id-number, phone, address or category</source>
        <translation>存放姓名、身份证号码、电话、地址或信息类别的列</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first)</source>
        <translation>XLSX：要读取的工作表（默认：第一个）</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2021-01-20, not "%1"</source>
        <translation>--as-of 须为形如 2021-01-20 的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>no file %1</source>
        <translation>没有文件 %1</translation>
    </message>
    <message>
        <source>case %1 has no register of affected persons (register import)</source>
        <translation>案件 %1 没有受害人名册（register import）</translation>
    </message>
    <message>
        <source>the resident ID number to look for</source>
        <translation>要查找的居民身份证号码</translation>
    </message>
    <message>
        <source>the phone number to look for</source>
        <translation>要查找的电话号码</translation>
    </message>
    <message>
        <source>register find: give one of --id-number and --phone</source>
        <translation>register find：请给出 --id-number 或 --phone 之一</translation>
    </message>
    <message>
        <source>Not in the register of case %1.</source>
        <translation>不在案件 %1 的名册中。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>the case whose register to remove</source>
        <translation>要删除其名册的案件</translation>
    </message>
    <message>
        <source>Removed the register of case %1.</source>
        <translation>已删除案件 %1 的名册。</translation>
    </message>
    <message>
        <source>--on: "%1" is not element:CLAIM:ELEMENT, region:ID, request:N or document:ID</source>
        <translation>--on：“%1”不是element:请求权:要件、region:编号、request:序号或document:编号</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>what the comment is on: element:CLAIM:ELEMENT (the element's id or number), region:ID, request:N or document:ID</source>
        <translation>意见针对的对象：element:请求权:要件（要件标识或序号）、region:编号、request:序号或document:编号</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>意见内容</translation>
    </message>
    <message>
        <source>who writes it (default: the user's name)</source>
        <translation>意见作者（默认为用户姓名）</translation>
    </message>
    <message>
        <source>review add: --on and --text are required</source>
        <translation>review add：必须提供--on和--text</translation>
    </message>
    <message>
        <source>only the open comments (and those in conflict)</source>
        <translation>仅显示未解决（及有冲突）的意见</translation>
    </message>
    <message>
        <source>only the resolved comments</source>
        <translation>仅显示已解决的意见</translation>
    </message>
    <message>
        <source>review list: --open or --resolved, not both</source>
        <translation>review list：--open与--resolved只能选其一</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>the comment's id (review list)</source>
        <translation>意见编号（见review list）</translation>
    </message>
    <message>
        <source>the comment's new text</source>
        <translation>意见的新内容</translation>
    </message>
    <message>
        <source>keep this library's version</source>
        <translation>保留本库的版本</translation>
    </message>
    <message>
        <source>take the version the bundle brought</source>
        <translation>采用案件包带来的版本</translation>
    </message>
    <message>
        <source>review edit: --text is required</source>
        <translation>review edit：必须提供--text</translation>
    </message>
    <message>
        <source>review settle: give --mine or --theirs</source>
        <translation>review settle：请指定--mine或--theirs</translation>
    </message>
    <message>
        <source>Case %1 has no review comment %2.</source>
        <translation>案件%1没有第%2条审阅意见。</translation>
    </message>
    <message>
        <source>the case the bundle was made from</source>
        <translation>制作该案件包的案件</translation>
    </message>
    <message>
        <source>the bundle (.habeas) that came back</source>
        <translation>寄回的案件包（.habeas）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Kept (newer here)</source>
        <translation>保留（本方较新）</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Removed here, left removed</source>
        <translation>本方已删除，保持删除</translation>
    </message>
    <message>
        <source>private, public-interest, criminal-incidental-public-interest (刑事附带民事公益诉讼) or clinic</source>
        <translation>private（私益诉讼）、public-interest（民事公益诉讼）、criminal-incidental-public-interest（刑事附带民事公益诉讼）或 clinic（教学）</translation>
    </message>
    <message>
        <source>public interest: the procuratorate's document number (文号), e.g. 京海检民公诉〔2024〕1号; its 起诉书 carries it instead of the court's 案号</source>
        <translation>公益诉讼：检察机关的文号，如京海检民公诉〔2024〕1号；起诉书载明文号而非法院案号</translation>
    </message>
    <message>
        <source>public interest: a prosecutor handling the case, e.g. 王某:检察官 (repeat for each; the list given replaces the case's; one empty value clears it)</source>
        <translation>公益诉讼：承办检察官，如 王某:检察官（每人一项；所给名单替换原名单；给一个空值则清空）</translation>
    </message>
    <message>
        <source>habeas-cli — the Habeas library from the command line

Usage: habeas-cli [--library DIR] [--json] COMMAND [ARGS...]
       habeas-cli --version | --help | COMMAND --help

Library and cases:
  library init [DIR]      create an empty library
  library demo [DIR]      create a library holding the demo case (罗某 v. the app operator)
  library check [--repair] integrity, schema version, blob store and audit chain
  case new|list|show|edit|delete|restore
  case new|edit --kind public-interest|criminal-incidental-public-interest
      [--procuratorate-number 文号] [--prosecutor NAME[:TITLE]...]   a procuratorate's suit
  case announce CASE --published D --medium M --contact NAME --phone P
      [--outcome none|came-forward [--organisation NAME...]] | --clear   诉前公告 (30 days)
  party add|list|edit|remove|restore
  audit list [CASE] | audit verify
  bundle export CASE --out FILE.habeas [--encrypt --passphrase-stdin] [--anonymise]
      one case, whole; --anonymise: a teaching copy without personal data
  bundle import FILE.habeas [--passphrase-stdin]   always a new case; prints its id
  bundle inspect FILE.habeas [--passphrase-stdin]
  bundle review CASE [--exhibit EVIDENCE]...   the teaching copy's review of each exhibit

The clinic's review:
  review add CASE --on element:CLAIM:ELEMENT|region:ID|request:N|document:ID --text T
  review list CASE [--open|--resolved] | review edit CASE COMMENT --text T
  review resolve|reopen|remove CASE COMMENT | review settle CASE COMMENT --mine|--theirs
  review import CASE FILE.habeas [--passphrase-stdin]   a bundle of this case that came
                          back: only its review comments are merged in

Evidence:
  evidence add CASE FILE... [--password P] [--no-ocr] | evidence ocr [CASE]
  evidence list CASE | show ID | edit ID | remove ID
  evidence move ID --to POSITION [--group G]
  evidence annotate ID --rect X,Y,W,H [--page P] [--kind highlight|redaction]
  evidence regions ID | evidence export ID --out FILE [--redacted] | evidence verify [CASE]
  search QUERY [--case CASE]   full text of evidence, titles and notes

Facts and law:
  statute show CITATION | statute search QUERY
  theory list | theory show THEORY
  event add CASE --date D --text T [--evidence ID...] | event list CASE
  claim add CASE THEORY | list CASE | show CLAIM | cite CLAIM ELEMENT EVIDENCE
  claim status CLAIM ELEMENT STATUS | claim continuing CLAIM DATE|no
  claim heading CLAIM TEXT|default | claim alternative CLAIM LIMB|none
  claim adverse CLAIM ELEMENT yes|no   the processor withholds its evidence (EvP 95)
  claim gaps CASE [--csv F] [--pdf F]
  request list CASE | request set CASE --text T [--text T...]   the 诉讼请求 wording
  request demand CASE [--position N --text T]   a request as a letter demands it
  request apology CASE --form written|public [--medium M --days N]

Damages:
  damages add|edit|list|remove|total
  damages add|edit ... [--to treasury|fund|organisation [--to-name NAME]]
      [--from-register records|minors|under14|category:C]   public interest
  damages fine CASE --defendant PARTY (--amount A [--judgment T] | --clear)
      the criminal fine, shown beside the illegal gain, never claimed
  fee --amount A [--kind property|personality] [--simplified]
      [--ends judgment|mediation|withdrawal]   mediation or withdrawal halves it

Documents:
  template list | template copy ID
  generate CASE --template T --format docx|pdf --out FILE [--draft]
  document fields CASE --template T | document set CASE --template T --field ID=V...
                          a letter's or an application's own fields

Deadlines:
  deadline compute --from DATE (--days N | --months N | --years N) [--working-days]
  deadline add CASE --kind KIND (--from DATE | --event ID | --document ID) [--days N ...]
  deadline edit ID | list [CASE] [--due-within DAYS] [--overdue] [--all]
  deadline done ID [--reopen] | remove ID | ics [CASE] --out FILE

Register of affected persons (public-interest cases):
  register import CASE FILE [--as-of DATE] [--column ROLE=HEADER ...] [--sheet NAME]
  register stats CASE | register clear CASE
  register find CASE (--id-number X | --phone X)   is this person in the register?

The library is --library DIR, else $HABEAS_LIBRARY, else the default library.
Exit codes: 0 done; 1 a check found a problem; 2 usage or input error; 3 the library cannot be used.
</source>
        <translation>habeas-cli — 通过命令行使用Habeas案件库

用法：habeas-cli [--library DIR] [--json] COMMAND [ARGS...]
      habeas-cli --version | --help | COMMAND --help

案件库与案件：
  library init [DIR]      创建空案件库
  library demo [DIR]      创建包含示例案件（罗某诉应用运营者）的案件库
  library check [--repair]          检查数据库完整性、数据库结构版本、证据库和审计链
  case new|list|show|edit|delete|restore
  case new|edit --kind public-interest|criminal-incidental-public-interest
      [--procuratorate-number 文号] [--prosecutor NAME[:TITLE]...]   检察机关提起的公益诉讼
  case announce CASE --published D --medium M --contact NAME --phone P
      [--outcome none|came-forward [--organisation NAME...]] | --clear   诉前公告（三十日）
  party add|list|edit|remove|restore
  audit list [CASE] | audit verify
  bundle export 案件 --out 文件.habeas [--encrypt --passphrase-stdin] [--anonymise]
      导出整个案件；--anonymise：不含个人信息的教学副本
  bundle import FILE.habeas [--passphrase-stdin]   总是导入为新案件，输出其编号
  bundle inspect FILE.habeas [--passphrase-stdin]
  bundle review 案件 [--exhibit 证据]...   教学副本中每份证据的审阅确认

诊所审阅：
  review add 案件 --on element:主张:要件|region:编号|request:N|document:编号 --text 内容
  review list 案件 [--open|--resolved] | review edit 案件 意见 --text 内容
  review resolve|reopen|remove 案件 意见 | review settle 案件 意见 --mine|--theirs
  review import 案件 文件.habeas [--passphrase-stdin]   本案件返回的案件包：
                          仅合并其中的审阅意见

证据：
  evidence add CASE FILE... [--password P] [--no-ocr] | evidence ocr [CASE]
  evidence list CASE | show ID | edit ID | remove ID
  evidence move ID --to POSITION [--group G]
  evidence annotate ID --rect X,Y,W,H [--page P] [--kind highlight|redaction]
  evidence regions ID | evidence export ID --out FILE [--redacted] | evidence verify [CASE]
  search QUERY [--case CASE]   全文搜索证据内容、名称和备注

事实与法律：
  statute show CITATION | statute search QUERY
  theory list | theory show THEORY
  event add CASE --date D --text T [--evidence ID...] | event list CASE
  claim add CASE THEORY | list CASE | show CLAIM | cite CLAIM ELEMENT EVIDENCE
  claim status CLAIM ELEMENT STATUS | claim continuing CLAIM DATE|no
  claim heading CLAIM TEXT|default | claim alternative CLAIM LIMB|none
  claim adverse CLAIM ELEMENT yes|no   处理者控制证据而拒不提交（证据规定第九十五条）
  claim gaps CASE [--csv F] [--pdf F]
  request list CASE | request set CASE --text T [--text T...]   诉讼请求的表述
  request demand CASE [--position N --text T]   诉讼请求在函件中的要求
  request apology CASE --form written|public [--medium M --days N]

损害赔偿：
  damages add|edit|list|remove|total
  damages add|edit ... [--to treasury|fund|organisation [--to-name NAME]]
      [--from-register records|minors|under14|category:C]   公益诉讼
  damages fine CASE --defendant PARTY (--amount A [--judgment T] | --clear)
      刑事判决已判处的罚金，与违法所得并列显示，不作为诉讼请求
  fee --amount A [--kind property|personality] [--simplified]
      [--ends judgment|mediation|withdrawal]   调解或撤诉的减半交纳

文书：
  template list | template copy ID
  generate CASE --template T --format docx|pdf --out FILE [--draft]
  document fields CASE --template T | document set CASE --template T --field ID=V...
                          函件或申请书需单独填写的字段

期限：
  deadline compute --from DATE (--days N | --months N | --years N) [--working-days]
  deadline add CASE --kind KIND (--from DATE | --event ID | --document ID) [--days N ...]
  deadline edit ID | list [CASE] [--due-within DAYS] [--overdue] [--all]
  deadline done ID [--reopen] | remove ID | ics [CASE] --out FILE

受害人名册（公益诉讼案件）：
  register import 案件 文件 [--as-of 日期] [--column 角色=列名 ...] [--sheet 工作表]
  register stats 案件 | register clear 案件
  register find 案件 (--id-number X | --phone X)   此人是否在名册中？

案件库依次取 --library DIR、$HABEAS_LIBRARY，均未指定时使用默认案件库。
退出代码：0 完成；1 检查发现问题；2 用法或输入错误；3 案件库无法使用。
</translation>
    </message>
</context>
<context>
    <name>habeas::cli::ArgParser</name>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 不接受参数值</translation>
    </message>
    <message>
        <source>--%1 is given twice</source>
        <translation>--%1 被重复指定</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 需要参数值</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> （可重复）</translation>
    </message>
</context>
<context>
    <name>habeas::doc</name>
    <message>
        <source>Gap report</source>
        <translation>证明缺口报告</translation>
    </message>
    <message>
        <source>Elements to prove with no evidence cited (%1)</source>
        <translation>未引用证据的待证构成要件（%1）</translation>
    </message>
    <message>
        <source>None: every element has evidence cited.</source>
        <translation>无：所有构成要件均已引用证据。</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>构成要件</translation>
    </message>
    <message>
        <source>Burden</source>
        <translation>举证责任</translation>
    </message>
    <message>
        <source>shifting</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>plaintiff</source>
        <translation>原告</translation>
    </message>
    <message>
        <source>Exhibits cited for no element (%1)</source>
        <translation>未被任何构成要件引用的证据（%1）</translation>
    </message>
    <message>
        <source>None: every exhibit proves an element.</source>
        <translation>无：所有证据均已用于证明构成要件。</translation>
    </message>
    <message>
        <source>Articles not in force at the time of the facts (%1)</source>
        <translation>事实发生时尚未施行或已失效的条文（%1）</translation>
    </message>
    <message>
        <source>None: every article was in force.</source>
        <translation>无：所有条文在当时均有效。</translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>Pleaded instead</source>
        <translation>改依</translation>
    </message>
    <message>
        <source>nothing: rest it on other law or mark the conduct continuing</source>
        <translation>无：请改依其他法律或将行为标记为持续</translation>
    </message>
</context>
<context>
    <name>habeas::gui</name>
    <message>
        <source>Habeas — privacy litigation workbench</source>
        <translation>Habeas — 隐私诉讼工作平台</translation>
    </message>
    <message>
        <source>Open the library in DIR.</source>
        <translation>打开 DIR 中的案件库。</translation>
    </message>
    <message>
        <source>Open the demo library (罗某 v. the app operator), creating it if needed.</source>
        <translation>打开示例案件库（罗某诉应用运营者），如不存在则自动创建。</translation>
    </message>
    <message>
        <source>Habeas</source>
        <translation>Habeas</translation>
    </message>
    <message>
        <source>The library at %1 cannot be opened.

%2</source>
        <translation>无法打开位于%1的案件库。

%2</translation>
    </message>
    <message>
        <source>A case bundle (.habeas) to import into the library, after asking.</source>
        <translation>要导入资料库的案件包（.habeas），导入前会先询问。</translation>
    </message>
</context>
<context>
    <name>habeas::registerfile</name>
    <message>
        <source>the file is UTF-16 text; save it as CSV in UTF-8 (or GB18030)</source>
        <translation>该文件为 UTF-16 文本；请另存为 UTF-8（或 GB18030）编码的 CSV</translation>
    </message>
    <message>
        <source>the file is not a CSV text file (it holds binary data)</source>
        <translation>该文件不是 CSV 文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the XLSX file inflates far beyond its size (a ZIP bomb?); it is not read</source>
        <translation>该 XLSX 文件解压后远超其自身大小（ZIP 炸弹？）；不予读取</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: cannot open its part %1</source>
        <translation>XLSX 文件已损坏：无法打开其组成部分 %1</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: %1 at line %2 of %3</source>
        <translation>XLSX 文件已损坏：%3 第 %2 行：%1</translation>
    </message>
    <message>
        <source>the file is a ZIP archive but not an XLSX workbook</source>
        <translation>该文件是 ZIP 压缩包，但不是 XLSX 工作簿</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: sheet "%1" has no part</source>
        <translation>XLSX 文件已损坏：工作表“%1”没有对应的组成部分</translation>
    </message>
    <message>
        <source>the workbook has no sheet "%1"; its sheets: %2</source>
        <translation>工作簿中没有工作表“%1”；其工作表为：%2</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook (not a readable ZIP archive)</source>
        <translation>该文件不是 XLSX 工作簿（不是可读取的 ZIP 压缩包）</translation>
    </message>
    <message>
        <source>the XLSX file is damaged: its sheet part %1 is missing</source>
        <translation>XLSX 文件已损坏：缺少工作表部分 %1</translation>
    </message>
</context>
<context>
    <name>habeas::registerfile::CsvParser</name>
    <message>
        <source>the row is too long (a field of over 64 KB or over 4096 fields)</source>
        <translation>该行过长（某字段超过 64 KB 或字段超过 4096 个）</translation>
    </message>
    <message>
        <source>the row holds bytes that are not text in the file's encoding</source>
        <translation>该行含有不符合文件编码的字节</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>此处开始的带引号字段没有结束引号</translation>
    </message>
</context>
<context>
    <name>habeas::registerpipeline::Producer</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>habeas::teaching</name>
    <message>
        <source>… and %1 more</source>
        <translation>……另有%1处</translation>
    </message>
    <message>
        <source>The teaching copy would still carry personal data, so nothing was written:
%1</source>
        <translation>教学副本仍会包含个人信息，因此未写入任何内容：
%1</translation>
    </message>
    <message>
        <source>An encrypted bundle needs a passphrase.</source>
        <translation>加密案件包需要口令。</translation>
    </message>
    <message>
        <source>Cannot stage the renderings: %1</source>
        <translation>无法暂存渲染件：%1</translation>
    </message>
    <message>
        <source>%1 page %2 shows %3 outside any redaction</source>
        <translation>%1第%2页在遮盖区域之外显示“%3”</translation>
    </message>
    <message>
        <source>The stored original of %1 is missing or was altered (its SHA-256 no longer matches); run `library check`.</source>
        <translation>%1的存储原件缺失或已被改动（SHA-256不再一致）；请运行 `library check`。</translation>
    </message>
    <message>
        <source>%1 cannot be rendered for a teaching copy: %2</source>
        <translation>%1无法为教学副本渲染：%2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>无法读回%1：%2</translation>
    </message>
    <message>
        <source>%1: the rendering's metadata cannot be removed.</source>
        <translation>%1：无法清除渲染件的元数据。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>%1: the rendering cannot be read back</source>
        <translation>%1：无法读回渲染件</translation>
    </message>
    <message>
        <source>%1 file %2: %3</source>
        <translation>%1文件%2：%3</translation>
    </message>
    <message>
        <source>%1 page %2 text layer: %3</source>
        <translation>%1第%2页文字层：%3</translation>
    </message>
</context>
</TS>
