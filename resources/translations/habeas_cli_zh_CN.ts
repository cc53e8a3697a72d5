<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>habeas::cli</name>
    <message>
        <source>%1 must be a positive number, not &quot;%2&quot;.</source>
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
        <source>cannot read the passphrase from standard input</source>
        <translation>无法从标准输入读取口令</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input gave no passphrase</source>
        <translation>--passphrase-stdin：标准输入未提供口令</translation>
    </message>
    <message>
        <source>the case id</source>
        <translation>案件ID</translation>
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
        <source>write a teaching copy: pseudonyms for every person, identifiers masked, each exhibit a rendering with its redactions burned in (every exhibit reviewed first: bundle review)</source>
        <translation>生成教学副本：所有人员以化名替代，身份标识信息予以遮蔽，每份证据仅以烧录遮盖区域后的渲染件出现（须先逐份复核证据：bundle review）</translation>
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
        <source>File</source>
        <translation>文件</translation>
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
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
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
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>证据编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
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
        <source>the bundle (.habeas)</source>
        <translation>案件包（.habeas）</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as case %2 (originals: %3 added, %4 already in the library).</source>
        <translation>已将“%1”导入为案件%2（原件：新增%3件，资料库中已有%4件）。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>案件类型</translation>
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
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> （在回收站中）</translation>
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
        <source>Closed on</source>
        <translation>结案日期</translation>
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
        <source>--kind must be private, public-interest, criminal-incidental-public-interest or clinic</source>
        <translation>--kind 须为 private、public-interest、criminal-incidental-public-interest 或 clinic</translation>
    </message>
    <message>
        <source>--stage is not a known stage; see habeas-cli case new --help</source>
        <translation>--stage 不是已知的阶段；参见 habeas-cli case new --help</translation>
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
        <source>the claim id</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>the sentence the claim&apos;s reasons stand under in the complaint, or &quot;default&quot; for the theory&apos;s own</source>
        <translation>起诉状中该请求理由所在的标题句；填写“default”则恢复理论默认标题</translation>
    </message>
    <message>
        <source>the alternative the claim pleads (habeas-cli theory show THEORY lists them), or &quot;none&quot;</source>
        <translation>该请求主张的情形（habeas-cli theory show THEORY 可列出），或填写“none”</translation>
    </message>
    <message>
        <source>the element, by number or id</source>
        <translation>构成要件，按序号或 ID</translation>
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
        <source>property-loss, processor-gain, rights-protection-cost, mental-distress, discretionary, illegal-gain or per-record</source>
        <translation>property-loss（财产损失）、processor-gain（侵权人获益）、rights-protection-cost（维权合理开支）、mental-distress（精神损害抚慰金）、discretionary（酌定赔偿）、illegal-gain（违法所得）或 per-record（按记录数计算的赔偿）</translation>
    </message>
    <message>
        <source>the amount in yuan, e.g. 2900 or 1038.50</source>
        <translation>金额（元），例如2900或1038.50</translation>
    </message>
    <message>
        <source>the legal basis, e.g. &quot;PIPL 69(2)&quot; (default: the head&apos;s usual basis)</source>
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
        <source>mental distress: the serious harm it rests on (Civil Code Art. 1183(1)), as the complaint states it</source>
        <translation>精神损害：所依据的严重精神损害后果（民法典第一千一百八十三条第一款），按起诉状的表述填写</translation>
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
        <source>public interest: where the money goes: treasury (上缴国库), fund or organisation</source>
        <translation>公益诉讼：款项去向：treasury（上缴国库）、fund（公益基金）或 organisation（组织）</translation>
    </message>
    <message>
        <source>public interest: the fund&apos;s or organisation&apos;s name</source>
        <translation>公益诉讼：基金或组织的名称</translation>
    </message>
    <message>
        <source>per-record: take the record count from the case&apos;s register: records, minors, under14 or category:&lt;category&gt; (e.g. category:行踪轨迹); empty: typed</source>
        <translation>按条计算：条数取自本案登记名册：records、minors、under14 或 category:&lt;类别&gt;（如 category:行踪轨迹）；为空则按输入的条数</translation>
    </message>
    <message>
        <source>--head: &quot;%1&quot; is not a head of damages.</source>
        <translation>--head：“%1”不是有效的赔偿项目。</translation>
    </message>
    <message>
        <source>--records: the number of records must be at least 1, not &quot;%1&quot;.</source>
        <translation>--records：记录数至少为1，而不是“%1”。</translation>
    </message>
    <message>
        <source>--expense-kind: &quot;%1&quot; is not a kind of expense.</source>
        <translation>--expense-kind：“%1”不是有效的费用类型。</translation>
    </message>
    <message>
        <source>--paid-on must be a date like 2021-01-20.</source>
        <translation>--paid-on 必须是形如2021-01-20的日期。</translation>
    </message>
    <message>
        <source>--to must be treasury, fund or organisation, not &quot;%1&quot;.</source>
        <translation>--to 须为 treasury、fund 或 organisation，而非“%1”。</translation>
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
        <source>--ends must be judgment, mediation or withdrawal, not &quot;%1&quot;.</source>
        <translation>--ends 只能为 judgment、mediation 或 withdrawal，而不是“%1”。</translation>
    </message>
    <message>
        <source>how the case ends: judgment (default), mediation or withdrawal (both halve the fee, 诉讼费用交纳办法 Art. 15)</source>
        <translation>结案方式：判决（默认）、调解或撤诉（后两者减半交纳案件受理费，诉讼费用交纳办法第十五条）</translation>
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
        <source>Court fee (property case: contract)</source>
        <translation>案件受理费（财产案件：违约）</translation>
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
        <source>--%1 must be a whole number of at least 1, not &quot;%2&quot;</source>
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
        <source>what is due (default: the rule&apos;s name)</source>
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
        <source>unknown deadline kind &quot;%1&quot;; one of answer, appeal-judgment, appeal-ruling, evidence, retrial, enforcement, limitation, public-notice, rights-request, custom</source>
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
        <source>--due-within must be a number of days, not &quot;%1&quot;</source>
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
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>library</source>
        <translation>案件库</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
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
        <source>--format is docx or pdf, not &quot;%1&quot;</source>
        <translation>--format 必须为 docx 或 pdf，而不是“%1”</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>the exhibit&apos;s title</source>
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
        <source>--captured must be a date and time like 2021-01-20T09:30:00+08:00, not &quot;%1&quot;.</source>
        <translation>--captured 必须是形如2021-01-20T09:30:00+08:00的日期和时间，而不是“%1”。</translation>
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
        <source>the files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>the exhibit group (the fact proved), default 1</source>
        <translation>证据组（所证明的事实），默认为1</translation>
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
        <source>start a supplementary evidence list: numbering continues after the earlier lists</source>
        <translation>新建补充证据目录：编号接续此前各目录</translation>
    </message>
    <message>
        <source>add to evidence list N (1 the first)</source>
        <translation>加入第N份证据目录（1为首份）</translation>
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
        <source>--supplement and --list exclude each other</source>
        <translation>--supplement 与 --list 不能同时使用</translation>
    </message>
    <message>
        <source>--list must be 1 or more</source>
        <translation>--list 须为1或以上</translation>
    </message>
    <message>
        <source>no file was imported</source>
        <translation>未导入任何文件</translation>
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
        <source>the exhibit id</source>
        <translation>证据ID</translation>
    </message>
    <message>
        <source>Proves</source>
        <translation>证明目的</translation>
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
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Removed exhibit %1; its original stays in the store.</source>
        <translation>已移除ID为%1的证据；其原件仍保留在证据库中。</translation>
    </message>
    <message>
        <source>only this case</source>
        <translation>仅校验此案件</translation>
    </message>
    <message>
        <source>case %1, exhibit %2 (id %3): %4</source>
        <translation>案件%1，%2（ID %3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) missing or altered</source>
        <translation>
            <numerusform>%n件证据缺失或被改动</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stored original matches its SHA-256.</source>
        <translation>所有存储的原件均与其SHA-256值一致。</translation>
    </message>
    <message>
        <source>No OCR is pending.</source>
        <translation>没有待处理的文字识别（OCR）。</translation>
    </message>
    <message>
        <source>where to write the original bytes</source>
        <translation>原件的导出路径</translation>
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
        <source>evidence export: --out is required</source>
        <translation>evidence export：必须指定 --out</translation>
    </message>
    <message>
        <source>Wrote a redacted copy to %1 (SHA-256 %2)</source>
        <translation>已将遮盖版副本写入%1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2)</source>
        <translation>已写入%1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>a theory id (habeas-cli theory list)</source>
        <translation>诉由 ID（见 habeas-cli theory list）</translation>
    </message>
    <message>
        <source>the page of the exhibit</source>
        <translation>证据的页码</translation>
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
        <source>STATUS must be unproven, supported, disputed or proven</source>
        <translation>STATUS 必须为 unproven、supported、disputed 或 proven</translation>
    </message>
    <message>
        <source>the date until which the conduct went on (2022-03-01), or &quot;no&quot; to clear</source>
        <translation>行为持续至的日期（2022-03-01），或用“no”清除</translation>
    </message>
    <message>
        <source>DATE must be an ISO date such as 2022-03-01, or &quot;no&quot;</source>
        <translation>DATE 必须是 ISO 日期（如2022-03-01）或“no”</translation>
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
        <source>%1  %2: no alternative chosen (claim alternative %1 LIMB); one of: %3</source>
        <translation>%1  %2：未选择所主张的情形（claim alternative %1 LIMB）；可选：%3</translation>
    </message>
    <message>
        <source>%1 (id %2) proves no element</source>
        <translation>%1（ID %2）未用于证明任何构成要件</translation>
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
        <source>the proof has gaps</source>
        <translation>证明存在缺口</translation>
    </message>
    <message>
        <source>one 诉讼请求, in order (none: back to the theories&apos; wording)</source>
        <translation>一项诉讼请求，按顺序（不提供：恢复为诉由的通用表述）</translation>
    </message>
    <message>
        <source>No wording of its own: the complaint uses the theories&apos; wording.</source>
        <translation>本案尚无自拟表述：起诉状采用诉由的通用表述。</translation>
    </message>
    <message>
        <source>  heading: %1%2</source>
        <translation>  标题：%1%2</translation>
    </message>
    <message>
        <source> (the theory&apos;s)</source>
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
        <source>  conduct continuing until %1</source>
        <translation>  行为持续至%1</translation>
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
        <source>e.g. &quot;PIPL 16&quot;, &quot;个人信息保护法第十六条&quot;, &quot;Civil Code 1034&quot;</source>
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
        <source>There is no theory &quot;%1&quot;; habeas-cli theory list shows them.</source>
        <translation>没有诉由“%1”；可用 habeas-cli theory list 查看全部诉由。</translation>
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
        <source>There is no template &quot;%1&quot; (see template list).</source>
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
        <source>--field takes ID=VALUE, not &quot;%1&quot;.</source>
        <translation>--field 的格式为 ID=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>document set: give --field or --clear</source>
        <translation>document set：请给出 --field 或 --clear</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; its fields: %3.</source>
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
        <source>what the letter demands, in the lawyer&apos;s words, e.g. 停止向委托人推送个性化广告 (empty: clear)</source>
        <translation>函件提出的要求，由律师表述，如“停止向委托人推送个性化广告”（留空则清除）</translation>
    </message>
    <message>
        <source>request demand: give both --position and --text</source>
        <translation>request demand：须同时给出 --position 和 --text</translation>
    </message>
    <message>
        <source>--position is a number, not &quot;%1&quot;</source>
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
        <source>--form must be written or public, not &quot;%1&quot;.</source>
        <translation>--form 须为 written 或 public，而不是“%1”。</translation>
    </message>
    <message>
        <source>--days is a positive number, not &quot;%1&quot;.</source>
        <translation>--days 应为正数，而不是“%1”。</translation>
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
        <source>The demo&apos;s exhibits were not read (they stay pending): %1</source>
        <translation>演示案件的证据未能读取（仍为待读取）：%1</translation>
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
        <source>Unreferenced files</source>
        <translation>未被引用的文件</translation>
    </message>
    <message>
        <source>Interrupted imports</source>
        <translation>中断的导入</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>审计链</translation>
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
        <source>the library check found a problem</source>
        <translation>案件库检查发现问题</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
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
        <source>Representative&apos;s title</source>
        <translation>法定代表人职务</translation>
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
        <source>party add: --%1 is required</source>
        <translation>party add：必须指定 --%1</translation>
    </message>
    <message>
        <source>Added party %1: %2 (%3)</source>
        <translation>已添加当事人%1：%2（%3）</translation>
    </message>
    <message>
        <source>list the removed parties instead</source>
        <translation>改为列出已移除的当事人</translation>
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
        <source>Removed party %1 (habeas-cli party restore %1 brings it back).</source>
        <translation>已移除当事人%1（可用 habeas-cli party restore %1 恢复）。</translation>
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
        <source>--outcome must be unknown, none or came-forward, not &quot;%1&quot;.</source>
        <translation>--outcome 须为 unknown、none 或 came-forward，而非“%1”。</translation>
    </message>
    <message>
        <source>--prosecutor: only a public-interest case has prosecutors.</source>
        <translation>--prosecutor：只有公益诉讼案件才有承办检察官。</translation>
    </message>
    <message>
        <source>--prosecutor: &quot;%1&quot; has no name.</source>
        <translation>--prosecutor：“%1”没有姓名。</translation>
    </message>
    <message>
        <source>Procuratorate&apos;s number</source>
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
        <source>the criminal judgment&apos;s case number</source>
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
        <source>--column must be ROLE=HEADER with ROLE one of name, id-number, phone, address, category; not &quot;%1&quot;</source>
        <translation>--column 须为 角色=列名，角色为 name、id-number、phone、address、category 之一；而不是“%1”</translation>
    </message>
    <message>
        <source>Imported the register of case %1 from %2 in %3 s.</source>
        <translation>已从 %2 导入案件 %1 的名册，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Per-record damages items counted again from the register: #%1.</source>
        <translation>已按登记名册重新计算的按条计算损害项目：#%1。</translation>
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
        <source>the date of the conduct, for ages (default: the case&apos;s earliest chronology date)</source>
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
        <source>--as-of must be a date like 2021-01-20, not &quot;%1&quot;</source>
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
        <source>--on: &quot;%1&quot; is not element:CLAIM:ELEMENT, region:ID, request:N or document:ID</source>
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
        <source>what the comment is on: element:CLAIM:ELEMENT (the element&apos;s id or number), region:ID, request:N or document:ID</source>
        <translation>意见针对的对象：element:请求权:要件（要件标识或序号）、region:编号、request:序号或document:编号</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>意见内容</translation>
    </message>
    <message>
        <source>who writes it (default: the user&apos;s name)</source>
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
        <source>the comment&apos;s id (review list)</source>
        <translation>意见编号（见review list）</translation>
    </message>
    <message>
        <source>the comment&apos;s new text</source>
        <translation>意见的新内容</translation>
    </message>
    <message>
        <source>keep this library&apos;s version</source>
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
        <source>--%1 must be a date like 2021-01-20, not &quot;%2&quot;.</source>
        <translation>--%1 必须是形如2021-01-20的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
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
        <source>unknown subcommand &quot;%1 %2&quot;; known: %3</source>
        <translation>未知子命令“%1 %2”；可用子命令：%3</translation>
    </message>
    <message>
        <source>the case&apos;s title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>private, public-interest, criminal-incidental-public-interest (刑事附带民事公益诉讼) or clinic</source>
        <translation>private（私益诉讼）、public-interest（民事公益诉讼）、criminal-incidental-public-interest（刑事附带民事公益诉讼）或 clinic（教学）</translation>
    </message>
    <message>
        <source>public interest: the procuratorate&apos;s document number (文号), e.g. 京海检民公诉〔2024〕1号; its 起诉书 carries it instead of the court&apos;s 案号</source>
        <translation>公益诉讼：检察机关的文号，如京海检民公诉〔2024〕1号；起诉书载明文号而非法院案号</translation>
    </message>
    <message>
        <source>public interest: a prosecutor handling the case, e.g. 王某:检察官 (repeat for each; the list given replaces the case&apos;s; one empty value clears it)</source>
        <translation>公益诉讼：承办检察官，如 王某:检察官（每人一项；所给名单替换原名单；给一个空值则清空）</translation>
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
        <source>the day the case ended (empty: still open); no deadline starts after it</source>
        <translation>案件终结之日（留空：尚未终结）；此后不再起算期限</translation>
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
        <source>the legal representative&apos;s title</source>
        <translation>法定代表人的职务</translation>
    </message>
    <message>
        <source>for an agent: the id of the party represented</source>
        <translation>仅适用于诉讼代理人：被代理当事人的ID</translation>
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
        <source>--library needs a folder</source>
        <translation>--library 需要指定文件夹</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see habeas-cli --help</source>
        <translation>未知命令“%1”；参见 habeas-cli --help</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) no record cites (library check --repair removes them)</source>
        <translation>
            <numerusform>%n 个文件未被任何记录引用（library check --repair 可将其删除）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary file(s) of interrupted imports</source>
        <translation>
            <numerusform>%n 个中断导入留下的临时文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n unreferenced file(s)</source>
        <translation>
            <numerusform>已删除 %n 个未被引用的文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a server library has teams; %1 is a folder library, one user&apos;s own.</source>
        <translation>只有服务器上的案件库才有团队；%1是文件夹案件库，只属于一位用户。</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>the user: their PostgreSQL role (required)</source>
        <translation>用户：其PostgreSQL角色（必填）</translation>
    </message>
    <message>
        <source>what they may do: lead (changes the case and its team), member (changes the case), reader (reads it); default member</source>
        <translation>其权限：lead（负责人，可修改案件及其团队）、member（成员，可修改案件）、reader（阅读者，只能查看）；默认为member</translation>
    </message>
    <message>
        <source>%1 needs --user ROLE.</source>
        <translation>%1需要 --user ROLE。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team role: use lead, member or reader.</source>
        <translation>“%1”不是团队角色：请使用lead（负责人）、member（成员）或reader（阅读者）。</translation>
    </message>
    <message>
        <source>%1 is on the team of case %2 as its %3.</source>
        <translation>%1已加入案件%2的团队，角色为%3。</translation>
    </message>
    <message>
        <source>%1 is off the team of case %2.</source>
        <translation>%1已退出案件%2的团队。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>Granted at</source>
        <translation>授权时间</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>SHA-256 (start)</source>
        <translation>SHA-256（前段）</translation>
    </message>
    <message>
        <source>Originals: %1 (%2 bytes), re-hashed on the destination</source>
        <translation>原件：%1件（%2字节），已在目标中重新计算哈希值</translation>
    </message>
    <message numerus="yes">
        <source>Teams: %1 leads the %n copied case(s); add the others with server grant</source>
        <translation>
            <numerusform>团队：%1为所复制%n件案件的负责人；其他成员请用 server grant 添加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Teams: not carried (a folder has no teams); %n place(s) on teams stay on the server</source>
        <translation>
            <numerusform>团队：未复制（文件夹文库没有团队）；%n个团队席位保留在服务器上</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to %2: verified</source>
        <translation>已将%1复制到%2：核验一致</translation>
    </message>
    <message>
        <source>the library to copy: a folder or postgresql://…</source>
        <translation>要复制的文库：文件夹或 postgresql://…</translation>
    </message>
    <message>
        <source>an empty folder, or a server database without a library (or with an empty one)</source>
        <translation>空文件夹，或尚无文库（或文库为空）的服务器数据库</translation>
    </message>
    <message>
        <source>the copy does not match its source in %1; nothing was kept</source>
        <translation>副本在%1中与来源不一致；未保留任何内容</translation>
    </message>
    <message>
        <source>habeas-cli — the Habeas library from the command line

Usage: habeas-cli [--library DIR] [--json] COMMAND [ARGS...]
       habeas-cli --version | --help | COMMAND --help

Library and cases:
  library init [DIR]      create an empty library
  library demo [DIR]      create a library holding the demo case (罗某 v. the app operator)
  library check [--repair] integrity, schema version, blob store and audit chain
  library copy SRC DST    copy a library (folder or server) into an empty one, verified
  case new|list|show|edit|delete|restore
  case new|edit --kind public-interest|criminal-incidental-public-interest
      [--procuratorate-number 文号] [--prosecutor NAME[:TITLE]...]   a procuratorate&apos;s suit
  case announce CASE --published D --medium M --contact NAME --phone P
      [--outcome none|came-forward [--organisation NAME...]] | --clear   诉前公告 (30 days)
  party add|list|edit|remove|restore
  audit list [CASE] | audit verify
  bundle export CASE --out FILE.habeas [--encrypt --passphrase-stdin] [--anonymise]
      one case, whole; --anonymise: a teaching copy without personal data
  bundle import FILE.habeas [--passphrase-stdin]   always a new case; prints its id
  bundle inspect FILE.habeas [--passphrase-stdin]
  bundle review CASE [--exhibit EVIDENCE]...   the teaching copy&apos;s review of each exhibit

The clinic&apos;s review:
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
                          a letter&apos;s or an application&apos;s own fields

Deadlines:
  deadline compute --from DATE (--days N | --months N | --years N) [--working-days]
  deadline add CASE --kind KIND (--from DATE | --event ID | --document ID) [--days N ...]
  deadline edit ID | list [CASE] [--due-within DAYS] [--overdue] [--all]
  deadline done ID [--reopen] | remove ID | ics [CASE] --out FILE

Register of affected persons (public-interest cases):
  register import CASE FILE [--as-of DATE] [--column ROLE=HEADER ...] [--sheet NAME]
  register stats CASE | register clear CASE
  register find CASE (--id-number X | --phone X)   is this person in the register?

A firm&apos;s library on a server (--library postgresql://USER@HOST[:PORT]/DB):
  server grant CASE --user ROLE [--role lead|member|reader]   put a user on the case&apos;s team
  server revoke CASE --user ROLE | server members CASE
                          only the team sees the case; only its lead changes the team

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
  library copy SRC DST    将案件库（文件夹或服务器）复制到空案件库，并经核验
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

服务器上的律所案件库（--library postgresql://USER@HOST[:PORT]/DB）：
  server grant CASE --user ROLE [--role lead|member|reader]   将用户加入案件团队
  server revoke CASE --user ROLE | server members CASE
                          只有团队成员能看到案件；只有负责人能调整团队

案件库依次取 --library DIR、$HABEAS_LIBRARY，均未指定时使用默认案件库。
退出代码：0 完成；1 检查发现问题；2 用法或输入错误；3 案件库无法使用。
</translation>
    </message>
    <message numerus="yes">
        <source>Both sides changed %n comment(s): both versions are kept; choose with `review settle CASE COMMENT --mine|--theirs`.</source>
        <translation>
            <numerusform>双方都修改了%n条意见：两个版本均已保留；请用 `review settle CASE COMMENT --mine|--theirs` 选择。</numerusform>
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
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> （可重复）</translation>
    </message>
</context>
</TS>
