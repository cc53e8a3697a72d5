<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>the file %1 that records its last entry is unreadable</source>
        <translation>记录最后一条日志的文件%1无法读取</translation>
    </message>
    <message>
        <source>the file %1 that records its last entry was deleted</source>
        <translation>记录最后一条日志的文件%1已被删除</translation>
    </message>
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
        <source>entry %1 is not the one %2 records (the log was rewritten)</source>
        <translation>第%1条记录与%2所记录的不一致（日志被改写）</translation>
    </message>
    <message numerus="yes">
        <source>its last %n entries were deleted (%1 records entry %2; the log ends at entry %3)</source>
        <translation>
            <numerusform>其最后 %n 条记录已被删除（%1 记录为第 %2 条；日志止于第 %3 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit chain holds (%n entries).</source>
        <translation>
            <numerusform>审计链完整（%n 条记录）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them belong to cases you are not on: their links were checked, their content only the library administrator can check.</source>
        <translation>
            <numerusform>其中%n条属于您不在其团队中的案件：已核对其链接，其内容只有案件库管理员能够核对。</numerusform>
        </translation>
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
    <message>
        <source>Originals cannot be imported into a server library yet; only a folder library takes them for now.</source>
        <translation>暂时还不能向服务器上的案卷库导入原件；目前只有文件夹案卷库可以接收原件。</translation>
    </message>
    <message>
        <source>There is no stored original %1.</source>
        <translation>没有存储的原件 %1。</translation>
    </message>
    <message>
        <source>The stored original %1 no longer matches its SHA-256.</source>
        <translation>存储的原件 %1 与其 SHA-256 不再一致。</translation>
    </message>
    <message>
        <source>The server holds other bytes under the SHA-256 of this file (%1); it was not stored.</source>
        <translation>服务器上以该文件的 SHA-256（%1）保存的是其他内容；本文件未保存。</translation>
    </message>
    <message>
        <source>Cannot make a local folder for the server&apos;s originals.</source>
        <translation>无法为服务器上的原件创建本地文件夹。</translation>
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
    <message>
        <source>the case “%1”</source>
        <translation>案件“%1”</translation>
    </message>
    <message>
        <source>the party “%1”</source>
        <translation>当事人“%1”</translation>
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
        <source>%1 is an organisation; only a natural person has a statutory agent.</source>
        <translation>%1为组织，只有自然人才有法定代理人。</translation>
    </message>
    <message>
        <source>%1 already has two agents ad litem; a party may entrust one or two (CPL Art. 61). Remove one before adding %2.</source>
        <translation>%1已有两名委托诉讼代理人；当事人可以委托一至二人作为诉讼代理人（民事诉讼法第六十一条）。请先移除一名，再添加%2。</translation>
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
        <source>the case “%1”</source>
        <translation>案件“%1”</translation>
    </message>
    <message>
        <source>the party “%1”</source>
        <translation>当事人“%1”</translation>
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
        <source>Public-interest suit with a criminal case</source>
        <translation>刑事附带民事公益诉讼</translation>
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
        <source>Only a public-interest case has a procuratorate&apos;s document number (文号).</source>
        <translation>只有公益诉讼案件才有检察机关的文号。</translation>
    </message>
    <message>
        <source>The filing date lies in the future.</source>
        <translation>立案日期晚于当前日期。</translation>
    </message>
    <message>
        <source>The case cannot close before it was filed.</source>
        <translation>结案日期不能早于立案日期。</translation>
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
    <name>habeas::Claims</name>
    <message>
        <source>The heading of claim %1 (%2) cannot be empty: write the sentence its reasons stand under, or return to the theory&apos;s own.</source>
        <translation>请求%1（%2）的标题不能为空：请填写该请求理由所在的标题句，或恢复理论默认标题。</translation>
    </message>
    <message>
        <source>Claim %1 (%2) offers no alternatives to choose from.</source>
        <translation>请求%1（%2）没有可供选择的情形。</translation>
    </message>
    <message>
        <source>Claim %1 (%2) has no alternative &quot;%3&quot;; it has %4.</source>
        <translation>请求%1（%2）没有情形“%3”；可选：%4。</translation>
    </message>
    <message>
        <source>Element %1 of claim %2 (%3) is the defendant&apos;s to prove: an adverse inference helps only the party that bears the burden (EvP 95).</source>
        <translation>请求%2（%3）的要件%1由被告举证：不利推定仅对负有举证责任的一方适用（民事诉讼证据规定第九十五条）。</translation>
    </message>
    <message>
        <source>There is no theory &quot;%1&quot; in the catalogue.</source>
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
        <source>Claim %1 (%2) has no element &quot;%3&quot;; it has %4.</source>
        <translation>请求%1（%2）没有构成要件“%3”；其构成要件为%4。</translation>
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
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation>ID为%1的证据不是本案证据。</translation>
    </message>
    <message>
        <source>A page is 1 or more.</source>
        <translation>页码至少为1。</translation>
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
        <source>claim %1 (%2)</source>
        <translation>请求%1（%2）</translation>
    </message>
    <message>
        <source>element %1 of claim %2 (%3)</source>
        <translation>请求%2（%3）的要件%1</translation>
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
        <source>Simplified procedure, halved under 《诉讼费用交纳办法》第十六条: %1 yuan.</source>
        <translation>适用简易程序，依《诉讼费用交纳办法》第十六条减半交纳：%1元。</translation>
    </message>
    <message>
        <source>%1, halved under 《诉讼费用交纳办法》第十五条: %2 yuan.</source>
        <translation>%1，依《诉讼费用交纳办法》第十五条减半：%2元。</translation>
    </message>
</context>
<context>
    <name>habeas::Damages</name>
    <message>
        <source>Lawyer&apos;s fee</source>
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
        <source>Mental distress (item %1, %2) is claimed with no serious harm recorded: Civil Code Art. 1183(1) awards it only for serious mental harm. Record what shows it.</source>
        <translation>主张精神损害抚慰金（第%1项，%2）但未记录严重精神损害后果：民法典第一千一百八十三条第一款仅在造成严重精神损害时支持。请记录证明严重后果的事实。</translation>
    </message>
    <message>
        <source>Name the fund or organisation the money is to be paid to.</source>
        <translation>请写明款项支付至的基金或组织名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count of the register: use records, minors, under14 or category:&lt;category&gt;.</source>
        <translation>“%1”不是登记名册的统计项：请使用 records、minors、under14 或 category:&lt;类别&gt;。</translation>
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
        <source>&quot;%1&quot; is not a factor of Art. 5.</source>
        <translation>“%1”不是精神损害赔偿司法解释第五条所列的因素。</translation>
    </message>
    <message>
        <source>Case %1 is in the trash.</source>
        <translation>案件%1在回收站中。</translation>
    </message>
    <message>
        <source>Exhibit %1 is not evidence of this case.</source>
        <translation>ID为%1的证据不是本案证据。</translation>
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
        <source>the damages item “%1”</source>
        <translation>损失项目“%1”</translation>
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
        <source>Coefficient %1 (&quot;%2&quot;): %3</source>
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
    <message>
        <source>the damages item “%1”</source>
        <translation>损失项目“%1”</translation>
    </message>
</context>
<context>
    <name>habeas::DamagesHead</name>
    <message>
        <source>Property loss</source>
        <translation>财产损失（实际损失）</translation>
    </message>
    <message>
        <source>Processor&apos;s gain</source>
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
    <message>
        <source>the deadline “%1”</source>
        <translation>期限“%1”</translation>
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
        <source>the day the court&apos;s notice sets</source>
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
    <message>
        <source>A deadline of kind &quot;%1&quot; needs its period: the number of days, months or years the court, the letter or you set.</source>
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
        <source>The event &quot;%1&quot; is dated %2, not to the day: a period can only start from a day.</source>
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
    <message>
        <source>the deadline “%1”</source>
        <translation>期限“%1”</translation>
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
    <name>habeas::EventStore</name>
    <message>
        <source>&quot;%1&quot; is not a date of the stated precision (2021-01-20, 2021-01 or 2021).</source>
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
    <message>
        <source>the fact of %1</source>
        <translation>%1的事实</translation>
    </message>
</context>
<context>
    <name>habeas::Evidence</name>
    <message>
        <source>Exhibit %1 is removed; restore it first.</source>
        <translation>%1已被移除；请先恢复。</translation>
    </message>
    <message>
        <source>A position and a group are numbers from 1.</source>
        <translation>位置和证据组编号均应为从1开始的数字。</translation>
    </message>
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
        <source>The copy of the file in the evidence store is gone; import it again.</source>
        <translation>证据库中的文件副本已丢失；请重新导入。</translation>
    </message>
    <message>
        <source>Supplementary list %1 continues after the earlier lists: its groups start at %2.</source>
        <translation>第%1份补充证据目录接续此前目录编号：其证据组应从第%2组开始。</translation>
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
        <source>exhibit %1 (“%2”)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <source>Not tried: the library failed on an earlier file of this import.</source>
        <translation>未尝试：本次导入的较早文件处理时案件库出错。</translation>
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
    <message>
        <source>exhibit %1 (“%2”)</source>
        <translation>%1（“%2”）</translation>
    </message>
</context>
<context>
    <name>habeas::EvidenceModel</name>
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
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
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
        <source>Edit the claims for relief</source>
        <translation>编辑诉讼请求</translation>
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
    <message>
        <source>the fact of %1</source>
        <translation>%1的事实</translation>
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
        <source>New Year&apos;s Day</source>
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
        <source>&quot;%1&quot; is not a date</source>
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
        <source>Character %1 of the ID number must be a digit, not &quot;%2&quot;.</source>
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
        <source>Character %1 of the unified social credit code, &quot;%2&quot;, is not allowed (digits and capital letters except I, O, S, V, Z).</source>
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
        <source>A phone number may hold digits, spaces, hyphens, brackets and a leading +; &quot;%1&quot; is not one of them.</source>
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
        <source>The library at %1 has not been brought up to date by the connection that opened it.</source>
        <translation>%1处的案件库尚未由打开它的连接升级到当前版本。</translation>
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
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）；请安装 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The library server %1 cannot be reached or refused the connection (database %2, user %3): %4</source>
        <translation>无法连接案卷库服务器 %1，或服务器拒绝了连接（数据库 %2，用户 %3）：%4</translation>
    </message>
    <message>
        <source>The database %1 on %2 holds no Habeas library yet (a command that writes, such as `case new`, creates it).</source>
        <translation>%2 上的数据库 %1 中还没有 Habeas 案卷库（执行写入的命令，如 `case new`，会创建它）。</translation>
    </message>
    <message>
        <source>A server library is backed up on the server, with pg_dump (docs/server.md), not by Habeas.</source>
        <translation>服务器上的案卷库在服务器端用 pg_dump 备份（见 docs/server.md），而不由 Habeas 备份。</translation>
    </message>
    <message>
        <source>On a server library only its administrator (the role that owns its tables) removes unreferenced originals, since an exhibit of a case you are not on may cite them: %1 is not the administrator. Nothing was removed; `library check` without --repair lists them.</source>
        <translation>服务器案件库中，只有管理员（拥有案件库数据表的角色）可以清除未被引用的原件，因为您未参与的案件中的证据可能仍在引用它们：%1 不是管理员。未删除任何内容；不带 --repair 的 `library check` 会列出这些原件。</translation>
    </message>
</context>
<context>
    <name>habeas::LibraryCopy</name>
    <message>
        <source>The copy was stopped; nothing was kept.</source>
        <translation>复制已中止；未保留任何内容。</translation>
    </message>
    <message>
        <source>Copying a server library takes its administrator (the role that owns its tables): %1 is not the administrator of %2; nothing was changed.</source>
        <translation>复制服务器文库须由其管理员（拥有其数据表的角色）进行：%1不是%2的管理员；未作任何更改。</translation>
    </message>
    <message>
        <source>The table %1 has other columns on the destination (%2) than on the source (%3); nothing was changed.</source>
        <translation>数据表%1在目标中的列（%2）与来源中的列（%3）不同；未作任何更改。</translation>
    </message>
    <message>
        <source>%1 already holds a library with records (the table %2 has rows); a copy goes into an empty one. Nothing was changed.</source>
        <translation>%1已存有含记录的文库（数据表%2中有数据）；复制只能写入空文库。未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)…</source>
        <translation>
            <numerusform>%1：%n行……</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) copied</source>
        <translation>
            <numerusform>%1：已复制%n行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a temporary file: %1</source>
        <translation>无法创建临时文件：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The original %1 read from the source hashes to %2.</source>
        <translation>从来源读取的原件%1的哈希值为%2。</translation>
    </message>
    <message>
        <source>originals: %1 of %2</source>
        <translation>原件：%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>originals: %n copied</source>
        <translation>
            <numerusform>原件：已复制%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not say who is copying.</source>
        <translation>服务器未返回执行复制的角色。</translation>
    </message>
    <message>
        <source>The copy of the table %1 does not match its source (%2 rows there, %3 here); nothing was kept.</source>
        <translation>数据表%1的副本与来源不一致（来源%2行，副本%3行）；未保留任何内容。</translation>
    </message>
    <message>
        <source>verified: %1 tables, %2 originals re-hashed</source>
        <translation>已核验：%1张数据表，%2件原件已重新计算哈希值</translation>
    </message>
    <message>
        <source>%1 Nothing was copied.</source>
        <translation>%1 未复制任何内容。</translation>
    </message>
    <message>
        <source>The destination is of schema %1, the source of schema %2.</source>
        <translation>目标的结构版本为%1，来源的结构版本为%2。</translation>
    </message>
    <message>
        <source>%1 already holds a library; a copy goes into an empty folder. Nothing was changed.</source>
        <translation>%1已存有文库；复制只能写入空文件夹。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is not an empty folder; a copy goes into a new or empty folder. Nothing was changed.</source>
        <translation>%1不是空文件夹；复制只能写入新建或空的文件夹。未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation>无法在%1中创建文件夹：%2</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation>无法替换空文件夹%1。</translation>
    </message>
    <message>
        <source>Cannot move the copied library from %1 to %2.</source>
        <translation>无法将复制的文库从%1移至%2。</translation>
    </message>
    <message>
        <source>The source and the destination are the same library.</source>
        <translation>来源与目标是同一个文库。</translation>
    </message>
</context>
<context>
    <name>habeas::LibraryLocation</name>
    <message>
        <source>The library address holds a password. Leave it out: the password is read from PGPASSWORD or ~/.pgpass, or asked for by the app and kept in the system keychain.</source>
        <translation>案件库地址中含有密码。请将其删去：密码从 PGPASSWORD 或 ~/.pgpass 读取，或由本程序询问后保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The library address is malformed: %1. A server library is written postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>案件库地址格式有误：%1。服务器案件库的写法为 postgresql://用户名@主机[:端口]/数据库。</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation>IPv6 地址缺少右方括号 ]</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>IPv6 地址之后有多余的内容</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, [::1]</source>
        <translation>IPv6 地址须写在方括号内，如 [::1]</translation>
    </message>
    <message>
        <source>no server host</source>
        <translation>未写服务器主机</translation>
    </message>
    <message>
        <source>several hosts are not supported</source>
        <translation>不支持多个主机</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>端口“%1”不是 1 至 65535 之间的数字</translation>
    </message>
    <message>
        <source>no user name (postgresql://USER@HOST/DATABASE)</source>
        <translation>未写用户名（postgresql://用户名@主机/数据库）</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported (only sslmode)</source>
        <translation>不支持参数“%1”（仅支持 sslmode）</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;</source>
        <translation>sslmode 须为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>No library was given: name a folder or a postgresql://USER@HOST[:PORT]/DATABASE address.</source>
        <translation>未指定案件库：请给出一个文件夹，或 postgresql://用户名@主机[:端口]/数据库 形式的地址。</translation>
    </message>
    <message>
        <source>A library is a folder or a postgresql:// address, not a %1:// address.</source>
        <translation>案件库是一个文件夹或 postgresql:// 地址，而不是 %1:// 地址。</translation>
    </message>
    <message>
        <source>no database name (postgresql://USER@HOST/DATABASE)</source>
        <translation>未写数据库名（postgresql://用户名@主机/数据库）</translation>
    </message>
</context>
<context>
    <name>habeas::LibraryTables</name>
    <message>
        <source>The tables %1 reference one another in a cycle; they cannot be copied in order.</source>
        <translation>数据表%1相互循环引用，无法按顺序复制。</translation>
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
    <name>habeas::ParseFailure</name>
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
        <source>The parser crashed while reading this file; the file may be damaged or malicious.</source>
        <translation>解析程序在读取此文件时崩溃；该文件可能已损坏或含有恶意内容。</translation>
    </message>
    <message>
        <source>The parser crashed while reading this file (exit code %1); the file may be damaged or malicious.</source>
        <translation>解析程序在读取此文件时崩溃（退出代码%1）；该文件可能已损坏或含有恶意内容。</translation>
    </message>
    <message>
        <source>The parser gave no usable answer for this file.</source>
        <translation>解析程序未对此文件返回可用的结果。</translation>
    </message>
    <message>
        <source>The original could not be fetched from the library server to be read: %1</source>
        <translation>无法从案卷库服务器取回原件以供读取：%1</translation>
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
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD, e.g. 2024-10-08).</source>
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
        <source>The official holiday calendar of %1 is not known to this version of Habeas; its days were counted by weekends alone. Check the State Council&apos;s notice for %1.</source>
        <translation>本版本Habeas未收录%1年的官方节假日安排，该年日期仅按周末计算。请核对国务院办公厅%1年的放假通知。</translation>
    </message>
</context>
<context>
    <name>habeas::PgSchema</name>
    <message>
        <source>Server error: %1</source>
        <translation>服务器错误：%1</translation>
    </message>
    <message>
        <source>Server migration step %1 is missing from this build.</source>
        <translation>本版本缺少服务器数据库升级第 %1 步。</translation>
    </message>
    <message>
        <source>The server library&apos;s schema changed while it was being updated (found %1, expected %2).</source>
        <translation>升级过程中服务器案件库的结构被改动（实际为 %1，应为 %2）。</translation>
    </message>
    <message>
        <source>Updating the server library to schema %1 failed; nothing was changed: %2</source>
        <translation>将服务器案件库升级到结构版本 %1 失败，未作任何改动：%2</translation>
    </message>
    <message>
        <source>The database %1 holds tables but is not a Habeas library.</source>
        <translation>数据库 %1 中已有数据表，但它不是 Habeas 案件库。</translation>
    </message>
    <message>
        <source>The database %1 is encoded in %2; a Habeas library needs UTF8 (docs/server.md).</source>
        <translation>数据库 %1 的编码为 %2；Habeas 案件库需要 UTF8 编码（见 docs/server.md）。</translation>
    </message>
    <message>
        <source>The database %1 was created with LC_CTYPE %2, under which Chinese characters are not letters: its search index would hold nothing of a Chinese text. Create it with LC_CTYPE &apos;C.UTF-8&apos; (docs/server.md).</source>
        <translation>数据库 %1 创建时的 LC_CTYPE 为 %2，在此设置下汉字不被视为文字字符，检索索引将收录不到任何中文内容。请以 LC_CTYPE &apos;C.UTF-8&apos; 创建数据库（见 docs/server.md）。</translation>
    </message>
    <message>
        <source>This server library was written by a newer version of Habeas (schema %1; this version reads up to %2). Update Habeas to use it.</source>
        <translation>该服务器案件库由更新版本的 Habeas 写入（结构版本 %1；本版本最高可读 %2）。请升级 Habeas 后再使用。</translation>
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
        <source>Review comments:</source>
        <translation>审阅意见：</translation>
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
</context>
<context>
    <name>habeas::PublicInterest</name>
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
    <name>habeas::Register</name>
    <message>
        <source>the row is too long (a field of over 64 KB or over 4096 fields)</source>
        <translation>该行过长（某字段超过 64 KB 或字段超过 4096 个）</translation>
    </message>
    <message>
        <source>the row holds bytes that are not text in the file&apos;s encoding</source>
        <translation>该行含有不符合文件编码的字节</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>此处开始的带引号字段没有结束引号</translation>
    </message>
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
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>居民身份证号码</translation>
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
        <source>the file has no column &quot;%1&quot; (for %2); its columns: %3</source>
        <translation>文件中没有“%1”列（用于 %2）；文件的列为：%3</translation>
    </message>
    <message>
        <source>no column of the file holds the ID number (its columns: %1); name it with --column id-number=HEADER</source>
        <translation>文件中没有身份证号码列（文件的列为：%1）；请用 --column id-number=列名 指定</translation>
    </message>
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
    <message>
        <source>the cryptography library could not be initialised</source>
        <translation>无法初始化密码库</translation>
    </message>
    <message>
        <source>the register key of case %1 is damaged (it should hold %2 bytes)</source>
        <translation>案件 %1 的名单密钥已损坏（应为 %2 字节）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>case %1 has no chronology event dated to the day to count ages on; give the date of the conduct with --as-of</source>
        <translation>案件 %1 的事实经过中没有精确到日的事件，无法据以计算年龄；请用 --as-of 给出行为发生日期</translation>
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
        <source>the register of case %1 was hashed with another key than the one the library keeps for it; import it again to search it</source>
        <translation>案件 %1 的受害人名单是用另一密钥计算哈希的，与案件库为该案保存的密钥不同；请重新导入后再查询</translation>
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
        <source>case %1 already has a register of affected persons; clear it first (register clear %1), then import</source>
        <translation>案件 %1 已有受害人名册；请先清除（register clear %1），再导入</translation>
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
        <source>the XLSX file is damaged: sheet &quot;%1&quot; has no part</source>
        <translation>XLSX 文件已损坏：工作表“%1”没有对应的组成部分</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets: %2</source>
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
    <message>
        <source>case %1 has no register key on the server that you may read</source>
        <translation>服务器上没有您可读取的案件 %1 的名单密钥</translation>
    </message>
    <message>
        <source>the library has no register key (%1)</source>
        <translation>本库没有名册密钥（%1）</translation>
    </message>
    <message>
        <source>%1 is damaged (it should hold %2 bytes)</source>
        <translation>%1 已损坏（应为 %2 字节）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 already holds another key; it is not replaced.</source>
        <translation>%1 已存有另一密钥，不予替换。</translation>
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
    <name>habeas::ReviewCommands</name>
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
        <source>Add Review Comment</source>
        <translation>添加审阅意见</translation>
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
        <source>Claim %1 has no element &quot;%2&quot;.</source>
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
    <message>
        <source>There is no review comment %1.</source>
        <translation>不存在第%1条审阅意见。</translation>
    </message>
    <message>
        <source>A review comment needs some text.</source>
        <translation>审阅意见不能为空。</translation>
    </message>
</context>
<context>
    <name>habeas::RowVersion</name>
    <message>
        <source>Someone else changed %1 since you opened it.</source>
        <translation>您打开%1之后，其他人修改了它。</translation>
    </message>
    <message>
        <source>%1 changed %2 since you opened it.</source>
        <translation>您打开%2之后，%1修改了它。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Undo refused: %1 changed %2 after your edit, and undoing would overwrite that change. Nothing was changed.</source>
        <translation>无法撤销：在您编辑之后，%1修改了%2，撤销会覆盖其修改。未作任何更改。</translation>
    </message>
    <message>
        <source>Redo refused: %1 changed %2 after you undid your edit, and redoing would overwrite that change. Nothing was changed.</source>
        <translation>无法重做：在您撤销编辑之后，%1修改了%2，重做会覆盖其修改。未作任何更改。</translation>
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
    <message>
        <source>The library server cannot be reached; nothing of this change was saved: %1</source>
        <translation>无法连接案卷库服务器；本次修改未保存任何内容：%1</translation>
    </message>
    <message>
        <source>The library server refused this change: your role on the case does not allow it (a reader only reads a case; its lead and members change it; its lead manages its team). Nothing was changed. (%1)</source>
        <translation>案件库服务器拒绝了此修改：您在该案件中的角色不允许（阅读者只能查看案件；负责人和成员可以修改案件；负责人管理团队）。未作任何更改。（%1）</translation>
    </message>
    <message>
        <source>The library server cannot be reached; nothing of this change was saved: the connection is closed (the server stopped, or the network is cut). Habeas connects again on the next try.</source>
        <translation>无法连接案卷库服务器；本次修改未保存任何内容：连接已关闭（服务器已停止或网络中断）。下次操作时 Habeas 会重新连接。</translation>
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
    <name>habeas::TeamStore</name>
    <message>
        <source>Only a server library has teams; a folder library is one user&apos;s own.</source>
        <translation>只有服务器上的案件库才有团队；文件夹案件库只属于一位用户。</translation>
    </message>
    <message>
        <source>You are a reader of case %1: you may read it but not change it (its lead can make you a member).</source>
        <translation>您是案件%1的阅读者：可以查看但不能修改（案件负责人可将您设为成员）。</translation>
    </message>
    <message>
        <source>Only the lead of case %1 or the library administrator manages its team; you are its %2.</source>
        <translation>只有案件%1的负责人或案件库管理员才能调整其团队；您在该案件中的角色是%2。</translation>
    </message>
    <message>
        <source>%1 is the only lead of case %2, and a case keeps a lead: make another member its lead first.</source>
        <translation>%1是案件%2唯一的负责人，而案件必须有负责人：请先将另一名成员设为负责人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team role: use lead, member or reader.</source>
        <translation>“%1”不是团队角色：请使用lead（负责人）、member（成员）或reader（阅读者）。</translation>
    </message>
    <message>
        <source>The server has no user %1 (the library administrator creates users: docs/server.md).</source>
        <translation>服务器上没有用户%1（用户由案件库管理员创建，见docs/server.md）。</translation>
    </message>
    <message>
        <source>%1 is a server role no one logs in as (a group?): put each user on the team by their own login.</source>
        <translation>%1是无人以其身份登录的服务器角色（可能是用户组）：请以每位用户自己的登录名将其加入团队。</translation>
    </message>
    <message>
        <source>%1 is not on the team of case %2.</source>
        <translation>%1不在案件%2的团队中。</translation>
    </message>
</context>
<context>
    <name>habeas::TheoryCatalogue</name>
    <message>
        <source>Cannot read “%1” as a range; write e.g. “PIPL 13–31” or “PIPL 13(1)(ii)–(vii)”.</source>
        <translation>无法将“%1”识别为条文范围；请按如下格式书写，例如“PIPL 13–31”或“PIPL 13(1)(ii)–(vii)”。</translation>
    </message>
    <message>
        <source>The range “%1” does not run upwards.</source>
        <translation>条文范围“%1”未按升序排列。</translation>
    </message>
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
        <source>%1: earlier law “%2” is neither bundled text nor an unbundled instrument with a citation title and an in-force date.</source>
        <translation>%1：此前的法律“%2”既不是内置文本，也不是带有引用标题和施行日期的未收录文件。</translation>
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
        <source>Theory “%1” has no heading or no liability rule.</source>
        <translation>理论“%1”缺少标题或责任依据。</translation>
    </message>
    <message>
        <source>Theory “%1” offers alternatives but has fewer than two limbs.</source>
        <translation>理论“%1”设有择一情形，但情形少于两个。</translation>
    </message>
    <message>
        <source>Empty or duplicate code “%1” in the catalogue tables.</source>
        <translation>目录表中的代码“%1”为空或重复。</translation>
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
        <source>Theory “%1” pleads an unknown right “%2”.</source>
        <translation>理论“%1”主张的权利“%2”无法识别。</translation>
    </message>
    <message>
        <source>Element “%1” has an unknown burden “%2”.</source>
        <translation>构成要件“%1”的举证责任“%2”未知。</translation>
    </message>
    <message>
        <source>The theory catalogue lists no theories.</source>
        <translation>诉由目录中未列出任何诉由。</translation>
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
        <source>The bundle holds a symbolic link, &quot;%1&quot;; a bundle never does.</source>
        <translation>案件包中含有符号链接“%1”；正常的案件包不会如此。</translation>
    </message>
    <message>
        <source>The bundle holds a folder entry, &quot;%1&quot;; a bundle never does.</source>
        <translation>案件包中含有文件夹条目“%1”；正常的案件包不会如此。</translation>
    </message>
    <message>
        <source>The bundle holds two entries named &quot;%1&quot;.</source>
        <translation>案件包中有两个名为“%1”的条目。</translation>
    </message>
    <message>
        <source>The bundle has no manifest.json: it is not a Habeas case bundle, or it is damaged.</source>
        <translation>案件包中没有manifest.json：它不是Habeas案件包，或已损坏。</translation>
    </message>
    <message>
        <source>The bundle holds &quot;%1&quot;, which its manifest does not list.</source>
        <translation>案件包中含有“%1”，但其清单未列出该条目。</translation>
    </message>
    <message>
        <source>The manifest gives %1 bytes for &quot;%2&quot; but the archive holds %3: the manifest lies about its sizes.</source>
        <translation>清单记载“%2”为%1字节，但归档中为%3字节：清单所载大小不实。</translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot;, which the bundle does not hold (truncated?).</source>
        <translation>清单列出了“%1”，但案件包中没有该条目（是否不完整？）。</translation>
    </message>
    <message>
        <source>The bundle holds &quot;%1&quot;, which is no part of a case bundle.</source>
        <translation>案件包中含有“%1”，它不属于案件包的组成部分。</translation>
    </message>
    <message>
        <source>case.json is larger than a case can be.</source>
        <translation>case.json超出了一个案件可能的大小。</translation>
    </message>
    <message>
        <source>review.json is larger than a review can be.</source>
        <translation>review.json超出审阅意见可能的大小。</translation>
    </message>
    <message>
        <source>The bytes of &quot;%1&quot; differ from the manifest (its size or SHA-256 does not match): the bundle was altered or damaged.</source>
        <translation>“%1”的内容与清单不符（大小或SHA-256不一致）：案件包已被改动或损坏。</translation>
    </message>
    <message>
        <source>The bundle carries &quot;%1&quot;, which no row of its case cites.</source>
        <translation>案件包中含有“%1”，但案件中没有任何记录引用它。</translation>
    </message>
    <message>
        <source>The bundle carries &quot;%1&quot;, which no exhibit of its case has.</source>
        <translation>案件包中含有“%1”，但案件中没有对应的证据。</translation>
    </message>
    <message>
        <source>The original %1 of an exhibit is not in the bundle.</source>
        <translation>证据原件%1不在案件包中。</translation>
    </message>
    <message>
        <source>The bytes of &quot;%1&quot; changed while it was being read.</source>
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
        <source>The library&apos;s disk has %1 bytes free; the bundle needs %2.</source>
        <translation>资料库所在磁盘剩余%1字节，案件包需要%2字节。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有编号为%1的案件。</translation>
    </message>
    <message>
        <source>The bundle carries another case (&quot;%1&quot;): review comments come back only onto the case they were written on, the case this bundle was made from. Import it as a new case instead.</source>
        <translation>该案件包属于另一案件（“%1”）：审阅意见只能导入其所针对的案件，即制作该案件包的案件。请改为将其作为新案件导入。</translation>
    </message>
    <message>
        <source>The bundle carries no review comments (it was written by a Habeas without the clinic&apos;s review).</source>
        <translation>该案件包不含审阅意见（由不支持诊所审阅的Habeas版本写出）。</translation>
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
        <source>the absolute path &quot;%1&quot;</source>
        <translation>绝对路径“%1”</translation>
    </message>
    <message>
        <source>the entry name &quot;%1&quot;, which holds a control character</source>
        <translation>含有控制字符的条目名“%1”</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot;, which climbs out of the bundle with &quot;..&quot;</source>
        <translation>以“..”跳出案件包的路径“%1”</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot;, which is not a plain relative path</source>
        <translation>不是普通相对路径的路径“%1”</translation>
    </message>
    <message>
        <source>The manifest lists %1.</source>
        <translation>清单列出了%1。</translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot; twice.</source>
        <translation>清单两次列出“%1”。</translation>
    </message>
    <message>
        <source>The manifest gives no valid size for &quot;%1&quot;.</source>
        <translation>清单未给出“%1”的有效大小。</translation>
    </message>
    <message>
        <source>The manifest gives no valid SHA-256 for &quot;%1&quot;.</source>
        <translation>清单未给出“%1”的有效SHA-256。</translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot;, which is no thumbnail a bundle holds.</source>
        <translation>清单列出了“%1”，它不是案件包可含的缩略图。</translation>
    </message>
    <message>
        <source>The manifest names &quot;%1&quot; with a SHA-256 that is not its own.</source>
        <translation>清单为“%1”记载的SHA-256与其名称不符。</translation>
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
        <source>has the column &quot;%1&quot;, which this library does not know</source>
        <translation>含有本资料库不认识的列“%1”</translation>
    </message>
    <message>
        <source>holds a list or object in &quot;%1&quot;</source>
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
        <source>review.json is not a list of Habeas review comments.</source>
        <translation>review.json不是Habeas审阅意见列表。</translation>
    </message>
    <message>
        <source>The bundle&apos;s review comments were written by a newer Habeas (review format %1; this Habeas reads format %2). Update Habeas to open it.</source>
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
    <message>
        <source>The bundle is truncated or damaged: its ZIP directory cannot be read.</source>
        <translation>案件包不完整或已损坏：无法读取其ZIP目录。</translation>
    </message>
    <message>
        <source>This is not a Habeas case bundle: the file is not a ZIP archive.</source>
        <translation>这不是Habeas案件包：该文件不是ZIP归档。</translation>
    </message>
    <message>
        <source>The bundle has no entry &quot;%1&quot;.</source>
        <translation>案件包中没有条目“%1”。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the bundle cannot be read (damaged or truncated).</source>
        <translation>无法读取案件包中的条目“%1”（已损坏或不完整）。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the bundle is damaged or truncated.</source>
        <translation>案件包中的条目“%1”已损坏或不完整。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; inflates beyond the %2 bytes the manifest gives (a zip bomb?).</source>
        <translation>条目“%1”解压后超过清单所载的%2字节（可能是ZIP炸弹）。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the bundle does not inflate to the bytes its archive declares (its checksum differs): it is damaged, or inflates beyond its size (a zip bomb).</source>
        <translation>案件包中的条目“%1”解压后与归档所声明的内容不符（校验和不一致）：该条目已损坏，或解压后超出其声明的大小（ZIP炸弹）。</translation>
    </message>
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
        <source>The encrypted bundle&apos;s header was altered: its key parameters are out of range.</source>
        <translation>加密案件包的文件头已被改动：其密钥参数超出范围。</translation>
    </message>
    <message>
        <source>The encrypted bundle&apos;s header was altered.</source>
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
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is not valid JSON: %1.</source>
        <translation>案件包的清单不是有效的JSON：%1。</translation>
    </message>
    <message>
        <source>This is not a Habeas case bundle (its manifest names no Habeas bundle format).</source>
        <translation>这不是Habeas案件包（其清单未载明Habeas案件包格式）。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest gives no valid format version.</source>
        <translation>案件包的清单未给出有效的格式版本。</translation>
    </message>
    <message>
        <source>The bundle was written by a newer Habeas (bundle format %1); this Habeas reads format %2. Update Habeas to open it.</source>
        <translation>该案件包由较新版本的Habeas写入（案件包格式%1）；本版本只能读取格式%2。请更新Habeas后再打开。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists no entries.</source>
        <translation>案件包的清单未列出任何条目。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists more than %1 entries.</source>
        <translation>案件包的清单列出的条目超过%1个。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not list case.json.</source>
        <translation>案件包的清单未列出case.json。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest and its review.json do not agree: one lacks the other.</source>
        <translation>案件包的清单与其review.json不一致：缺少其中之一。</translation>
    </message>
    <message>
        <source>case.json is not a Habeas case: %1</source>
        <translation>case.json不是Habeas案件：%1</translation>
    </message>
    <message>
        <source>case.json holds the table &quot;%1&quot;, which this Habeas does not know.</source>
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
</TS>
