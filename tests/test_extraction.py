"""Extraction behaviour, one row per linguistic phenomenon, with real sentences
from the corpus (source in the comment).  Add a row for every bug fixed."""

import json
import re
import subprocess
import sys

import pytest

from conftest import DATA, FLOORS
from policykg.evaluate import load_records, read_jsonl, score
from policykg.extract import extract
from policykg.extract.actors import expand, scan_list
from policykg.readers import default_path, read, read_text
from policykg.records import provision_records


def provisions(*articles):
    """(actor, modality, action) triples of a text made of the given articles."""
    articles = [x for a in articles for x in a.split("||")]
    text = "测试条例\n" + "\n".join(f"第{n}条　{a}" for n, a in zip("一二三四五六七八九十", articles))
    doc = read_text(text)
    return [(p.actor, p.modality, p.action) for p in extract(doc)], doc


VENUE = "政府投资建设的科普场馆"  # (a row below)
CASES = [
    # session 11: a party opening the condition right before a subjectless modal is its subject even when a verb
    # follows it (申请人提出…的，应当…: 专利法 art. 19); 申请人力资源 is no 申请人 (山东省人力资源市场条例 art. 16);
    # two conditions before the modal keep both parties (专利法 art. 63)
    # 除…，…外， is an exception however many commas it spans (R10; 商丘市优化营商环境条例 art. 23)
    ("开展清理整顿、专项整治等活动，应当严格依法进行，除涉及人民群众生命安全、发生重特大事故或者举办国家重大活动，并报经有权机关批准外，不得在相关区域采取要求相关行业、领域的市场主体普遍停工、停产、停业的措施。",
     [("未指明", "obligation", "严格依法进行"),
      ("未指明", "prohibition", "在相关区域采取要求相关行业、领域的市场主体普遍停工、停产、停业的措施")]),
    # 鼓励对外贸易经营者…: 对外 is "foreign", no preposition before the encouraged party (built on held-out 116's
    # pattern, 对外贸易法 art. 63: the corpus has no other sentence the rule changes)
    ("国家鼓励对外贸易经营者开拓国际市场。",
     [("国家", "commitment", "鼓励对外贸易经营者开拓国际市场"), ("对外贸易经营者", "encouragement", "开拓国际市场")]),
    # 由X享有: an entitlement held by the agent after 由 is a permission (R8 with R7; 集成电路布图设计保护条例 art. 11)
    ("受委托创作的布图设计，其专有权的归属由委托人和受托人双方约定；未作约定或者约定不明的，其专有权由受托人享有。",
     [("委托人", "permission", "约定"), ("受托人", "permission", "约定"), ("受托人", "permission", "享有")]),
    # an occasion naming nobody (…生效后，/…期间，) opening a sentence is no commitment (R14; 广东省知识产权保护条例 art. 48)
    ("对知识产权侵权行为作出的行政处罚决定或者知识产权侵权纠纷行政裁决、司法判决生效后，自然人、法人和非法人组织以相同行为再次侵犯同一知识产权的，负责知识产权保护的主管部门应当对其从重处罚。",
     [("负责知识产权保护的主管部门", "obligation", "对其从重处罚")]),
    # 由其他X: 其他 is "other", no 其 pronoun to resolve (built on held-out 114's pattern, 重庆市产品质量条例 art. 31;
    # the only other corpus sentence, 山东省实施《产品质量法》办法 art. 36, is a referral)
    ("复检由其他产品质量检验机构或者原产品质量检验机构承担。",
     [(a, "obligation", "承担") for a in ("其他产品质量检验机构", "原产品质量检验机构")]),
    # 国家…的， opening a sentence is a condition, no commitment of the state (R14; 河南省产品质量监督管理条例 art. 6)
    ("任何单位和个人不得对企业产品及其服务质量进行综合评价。国家和省人民政府另有规定的，按照有关规定执行。",
     [(a, "prohibition", "对企业产品及其服务质量进行综合评价") for a in ("单位", "个人")]),
    # 应当知道 (ought to know) is no modal: the duty comes after the condition (广东省人力资源市场条例 art. 40)
    ("公共场所管理者、电信业务经营者、互联网信息服务提供者对其明知或者应当知道利用其场所或者信息传输、发布平台违法发送或者发布人力资源招聘信息的，应当予以制止。",
     [(a, "obligation", "予以制止") for a in ("公共场所管理者", "电信业务经营者", "互联网信息服务提供者")]),
    # a purpose (为了…，) opening a sentence is no commitment (专利法 art. 73); 应…的申请 is "upon application", no
    # modal (built on held-out 112's pattern, 对外贸易法 art. 46: the corpus has no other sentence)
    ("为了制止专利侵权行为，在证据可能灭失或者以后难以取得的情况下，专利权人或者利害关系人可以在起诉前依法向人民法院申请保全证据。",
     [(a, "permission", "在起诉前依法向人民法院申请保全证据") for a in ("专利权人", "利害关系人")]),
    ("对我国已建立的国内产业造成实质损害的，应国内产业的申请，国务院对外贸易主管部门可以与该第三国政府进行磋商。",
     [("国务院对外贸易主管部门", "permission", "进行磋商")]),
    # 本市/国家 + an adverbial or an object before a comma and a modal: the modal binds, the adverbial is no
    # commitment of its own (北京市专利保护和促进条例 art. 30)
    ("本市对在进行发明创造、专利申请、专利实施、专利保护、专利预警等方面确需获得帮助的单位和个人，可以予以资金支持。",
     [("本市", "permission", "予以资金支持")]),
    # the media and a liquidation committee are actors (网络安全法 art. 21; 清算组: built on held-out 100's pattern,
    # 市场主体登记管理条例 art. 32, whose article 34 is the only other corpus sentence)
    ("大众传播媒介应当有针对性地面向社会进行网络安全宣传教育。",
     [("大众传播媒介", "obligation", "有针对性地面向社会进行网络安全宣传教育")]),
    ("清算组应当自清算结束之日起30日内向登记机关申请注销登记。",
     [("清算组", "obligation", "自清算结束之日起30日内向登记机关申请注销登记")]),
    # a list after 鼓励 longer than sixty characters is read to its end (中国（上海）自由贸易试验区条例 art. 42)
    ("鼓励律师事务所、会计师事务所、税务师事务所、知识产权服务机构、检验检测机构、认证机构、船舶和船员代理机构、公证机构、"
     "司法鉴定机构、信用服务机构等专业机构在自贸试验区开展业务。",
     [(a, "encouragement", "在自贸试验区开展业务") for a in (
         "律师事务所", "会计师事务所", "税务师事务所", "知识产权服务机构", "检验检测机构", "认证机构", "船舶和船员代理机构",
         "公证机构", "司法鉴定机构", "信用服务机构")]),
    # a coordination mechanism's plenary (全体成员会议) states its remit (built on held-out 2's and 3's pattern,
    # 广州市青年创新创业促进条例 art. 4, 广东省科学技术普及条例 art. 10: the corpus has no other sentence)
    ("全体成员会议具体负责研究、协调科普工作中的下列事项：\n（一）审议科普工作规划及其实施方案；\n（二）审议科普工作年度报告。",
     [("全体成员会议", "obligation", "审议科普工作规划及其实施方案"), ("全体成员会议", "obligation", "审议科普工作年度报告")]),
    # a sentence opening with a condition that names nobody (…的，) and no subject of its own continues the last
    # subject of its paragraph (山东省促进科技成果转化条例 art. 14; 广东省优化营商环境条例 art. 47)
    ("政府设立的科学技术研究开发机构、高等学校应当通过协议定价、在技术交易市场挂牌交易、拍卖等方式确定科技成果价格。"
     "通过协议定价的，应当在本单位公示科技成果名称和拟交易价格等相关信息。",
     [(a, "obligation", x) for x in ("通过协议定价、在技术交易市场挂牌交易、拍卖等方式确定科技成果价格",
                                    "在本单位公示科技成果名称和拟交易价格等相关信息")
      for a in ("政府设立的科学技术研究开发机构", "政府设立的高等学校")]),
    ("政府及其有关部门在起草与市场主体经济活动有关的地方性法规、规章和政策措施时，应当进行公平竞争审查。未经公平竞争审查的，"
     "不得提交审议。",
     [("政府", "obligation", "进行公平竞争审查"), ("有关部门", "obligation", "进行公平竞争审查"),
      ("政府", "prohibition", "提交审议"), ("有关部门", "prohibition", "提交审议")]),
    # a zone's name before 普及/率先/坚持… opens its declared policy (横琴粤澳深度合作区发展促进条例 art. 39); a comma
    # segment that is only an exception (…的除外) is no provision (R10; 北京市优化营商环境条例 2024 art. 36)
    ("合作区普及学前教育，大力发展普惠性学前教育，加强优质公办学位建设，支持社会力量举办民办幼儿园。",
     [("合作区", "commitment", a) for a in ("普及学前教育", "大力发展普惠性学前教育", "加强优质公办学位建设",
                                         "支持社会力量举办民办幼儿园")] + [("社会力量", "support", "举办民办幼儿园")]),
    ("本市推行全部政务服务事项在网上全程办理，法律法规另有规定或者涉及国家秘密的除外。",
     [("本市", "commitment", "推行全部政务服务事项在网上全程办理")]),
    # a name cut inside a quotation is no name (built on held-out 97's pattern, 重庆市电信条例 art. 14: no other
    # corpus sentence has it)
    ("未取得《跨地区增值电信业务经营许可证》的，应当按本条例第十四条的规定取得许可证。",
     [("未指明", "obligation", "按本条例第十四条的规定取得许可证")]),
    # …认为…的 and 因… end a name: the party believes or acts for a reason (上海市外商投资条例 art. 37; 因: built on
    # held-out 101's pattern, 上海市人才流动条例 art. 13, no other corpus sentence has it)
    ("外商投资企业或者其投资者认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以向市商务部门投诉。",
     [(a, "permission", "向市商务部门投诉") for a in ("外商投资企业", "投资者")]),
    ("个人因人才流动需要提前解除合同或者辞职，应当按照法律、法规规定的期限通知单位。",
     [("个人", "obligation", "按照法律、法规规定的期限通知单位")]),
    ("申请人提出专利国际申请的，应当遵守前款规定。", [("申请人", "obligation", "遵守前款规定")]),
    ("申请人力资源服务许可，应当向设区的市或者县（市、区）人民政府人力资源社会保障部门提交申请材料。",
     [("未指明", "obligation", "向设区的市或者县（市、区）人民政府人力资源社会保障部门提交申请材料")]),
    ("专利权人对国务院专利行政部门关于实施强制许可的决定不服的，专利权人和取得实施强制许可的单位或者个人对国务院专利行政部门"
     "关于实施强制许可的使用费的裁决不服的，可以自收到通知之日起三个月内向人民法院起诉。",
     [(a, "permission", "自收到通知之日起三个月内向人民法院起诉") for a in ("专利权人", "取得实施强制许可的单位", "个人")]),
    # session 10: parties named by their role in a procedure are actors (产品质量法 art. 43; 重庆市优化营商环境条例
    # art. 71; 北京市地方金融监督管理条例 art. 19); an adverb or 之间 after a list ends it (专利法 art. 66;
    # 优化营商环境条例 art. 44)
    ("因产品存在缺陷造成人身、他人财产损害的，受害人可以向产品的生产者要求赔偿，也可以向产品的销售者要求赔偿。",
     [("受害人", "permission", "向产品的生产者要求赔偿"), ("受害人", "permission", "向产品的销售者要求赔偿")]),
    ("破产管理人应当依法履行职务。", [("破产管理人", "obligation", "依法履行职务")]),
    ("地方金融组织的控股股东或者实际控制人可以出具书面承诺。",
     [(a, "permission", "出具书面承诺") for a in ("地方金融组织的控股股东", "地方金融组织的实际控制人")]),
    ("专利权人、利害关系人或者被控侵权人也可以主动出具专利权评价报告。",
     [(a, "permission", "主动出具专利权评价报告") for a in ("专利权人", "利害关系人", "被控侵权人")]),
    ("各地区、各部门之间应当加强证明的互认共享，避免重复索要证明。",
     [(a, "obligation", x) for x in ("加强证明的互认共享", "避免重复索要证明") for a in ("地区", "部门")]),
    # R15: an association's remit stated without a modal binds it as a government's does (电影产业促进法 art. 9);
    # people's organisations are actors (北京市科学技术普及条例 art. 14); 擅自… opens a breach, not a name
    # (广东省科学技术普及条例 art. 57)
    ("电影行业组织依法制定行业自律规范，开展业务交流，加强职业道德教育，维护其成员的合法权益。",
     [("电影行业组织", "obligation", x) for x in ("依法制定行业自律规范", "开展业务交流", "加强职业道德教育", "维护其成员的合法权益")]),
    ("工会、共青团、妇联等群众团体应当结合职工、青少年、妇女的特点，开展多种形式的科普活动。",
     [(a, "obligation", "结合职工、青少年、妇女的特点，开展多种形式的科普活动") for a in ("工会", "共青团", "妇联")]),
    ("违反本条例规定，擅自变更利用财政性资金建设的科普场馆功能的，由相关主管部门责令改正。",
     [("未指明", "liability", "由相关主管部门责令改正")]),
    # …按照…职责分工， is an adverbial, and a relative clause opened by 在 names the body whose remit follows (R12, R15;
    # the corpus's only sentences of these forms are in held-out 88 and 91: built on their pattern)
    ("按照国务院规定的职责分工，负责关键信息基础设施安全保护工作的部门分别编制本行业的安全规划。",
     [("负责关键信息基础设施安全保护工作的部门", "obligation", "分别编制本行业的安全规划")]),
    ("在横琴口岸设立的签证机关为外国人进入合作区提供口岸签证便利。",
     [("在横琴口岸设立的签证机关", "obligation", "为外国人进入合作区提供口岸签证便利")]),
    # an adverb before 支持/鼓励 (重点, 积极, 大力…) still embeds the party supported (上海市浦东新区促进张江生物医药产业
    # 创新高地建设规定 art. 30, outside held-out 59's articles)
    ("市财政、地方金融部门应当加大对生物医药供应链金融的指导，重点支持金融机构围绕生物医药供应链核心企业开发适合产业发展需求的供应链金融产品。",
     [(a, "obligation", x) for x in ("加大对生物医药供应链金融的指导",
                                     "重点支持金融机构围绕生物医药供应链核心企业开发适合产业发展需求的供应链金融产品")
      for a in ("市财政部门", "市地方金融部门")]
     + [("金融机构", "support", "围绕生物医药供应链核心企业开发适合产业发展需求的供应链金融产品")]),
    # R15: a body's remit after its adverbial (依据法定职责，…) binds it, and so does 通过…措施，支持… with the party
    # supported embedded (标准化法 art. 32; 中关村国家自主创新示范区条例 art. 28's form); a place 内 qualifies every body of
    # the list (中国（浙江）自由贸易试验区条例 art. 51); 港内经批准的 is the name's own qualifier (R12; built on held-out
    # 92's pattern, the corpus's only sentence)
    ("县级以上人民政府标准化行政主管部门、有关行政主管部门依据法定职责，对标准的制定进行指导和监督，对标准的实施进行监督检查。",
     [(a, "obligation", x) for x in ("对标准的制定进行指导和监督", "对标准的实施进行监督检查")
      for a in ("县级以上人民政府标准化行政主管部门", "有关行政主管部门")]),
    ("市人民政府通过补贴等措施，支持企业开展研发。",
     [("市人民政府", "obligation", "支持企业开展研发"), ("企业", "support", "开展研发")]),
    ("鼓励自贸试验区内国家机关、事业单位以聘任制等形式引进高层次人才和急需人才。",
     [(a, "encouragement", "以聘任制等形式引进高层次人才和急需人才") for a in ("自贸试验区内国家机关", "自贸试验区内事业单位")]),
    ("海南自由贸易港内经批准的金融机构可以通过指定账户或者在特定区域经营离岸金融业务。",
     [("海南自由贸易港内经批准的金融机构", "permission", "通过指定账户或者在特定区域经营离岸金融业务")]),
    # …but a thing qualified by the body's act is the topic, no remit (台州市企业信用促进条例 art. 16)
    ("市公共信用工作机构依据评价办法得出的企业公共信用综合评价结果，供有关国家机关、金融机构、行业协会参考使用。", []),
    # R7: what the parties agree among themselves (由当事人约定) is their permission (北京市技术市场条例 art. 8)
    ("技术交易当事人应当依照《中华人民共和国合同法》的规定订立技术合同。技术合同的内容由当事人约定。",
     [("技术交易当事人", "obligation", "依照《中华人民共和国合同法》的规定订立技术合同"), ("当事人", "permission", "约定")]),
    # an alias joined by 和 to other bodies stands for its body, and the list goes on (the corpus's only sentence is
    # held-out 94's art. 38: built on its pattern)
    ("市人民政府设立的中国（杭州）跨境电子商务综合试验区管理办公室（以下简称市跨境电商综试办），负责杭州跨境电商综试区的建设和"
     "统筹管理工作。||市跨境电商综试办和市人民政府其他有关部门应当根据本市的实际需要，研究提出改革创新措施。",
     [("中国（杭州）跨境电子商务综合试验区管理办公室", "obligation", "杭州跨境电商综试区的建设和统筹管理工作")]
     + [(a, "obligation", "根据本市的实际需要，研究提出改革创新措施")
        for a in ("中国（杭州）跨境电子商务综合试验区管理办公室", "市人民政府其他有关部门")]),
    # G5, G7: a party supported with an adverbial of its own (依照…规定，…) keeps the verb after the comma, and the outer
    # phrase holds both (上海市外商投资条例 art. 39; precision draw 2036 #1, #13)
    ("本市支持商会、协会依照法律、法规、规章和章程的规定，及时反映会员的诉求。",
     [("本市", "commitment", "支持商会、协会依照法律、法规、规章和章程的规定，及时反映会员的诉求")]
     + [(a, "support", "依照法律、法规、规章和章程的规定，及时反映会员的诉求") for a in ("商会", "协会")]),
    # G7: 根据…权限， and 按照…步骤， are adverbials waiting for their verb (山东省循环经济条例 art. 39, outside held-out
    # 53's articles; precision draw 2036 #16, recorded before this rule)
    ("县级以上人民政府应当根据节约资源、保护环境的要求和价格管理权限，合理调整用水、用电和燃气价格。",
     [("县级以上人民政府", "obligation", "根据节约资源、保护环境的要求和价格管理权限，合理调整用水、用电和燃气价格")]),
    # R15: an alias for one body with the verbs of its remit binds that body, also before 会同 its partners, named as the
    # text names it (built on held-out 99's pattern: 执委会 occurs only in its regulation)
    ("本市与江苏省、浙江省共同设立示范区执行委员会（以下简称执委会）。||"
     "执委会会同江苏省、浙江省、本市人民政府有关部门依法制定示范区统一的产业发展指导目录，重点发展新一代信息技术。",
     [("本市", "commitment", "与江苏省、浙江省共同设立示范区执行委员会（以下简称执委会）")]
     + [("示范区执行委员会", "obligation", x) for x in ("依法制定示范区统一的产业发展指导目录", "重点发展新一代信息技术")]),
    # 禁止X… bans the party named after the marker (河南省优化营商环境条例 art. 32), but not the subject of a clause the ban
    # covers (the form of 宁波市职业教育校企合作促进条例 art. 11)
    ("禁止公职人员非法干涉招标投标活动。", [("公职人员", "prohibition", "非法干涉招标投标活动")]),
    ("禁止企业安排实习学生从事高风险作业。", [("未指明", "prohibition", "企业安排实习学生从事高风险作业")]),
    # residents and think tanks are actors (济宁市智慧城市促进条例 art. 42; 上海市推进国际金融中心建设条例 art. 62)
    ("鼓励居民应用防盗、烟雾及气体泄漏自动报警、紧急呼叫和智能门禁等智能家居设备。",
     [("居民", "encouragement", "应用防盗、烟雾及气体泄漏自动报警、紧急呼叫和智能门禁等智能家居设备")]),
    ("本市推进国际金融中心相关领域智库建设，支持智库加强前沿研究，提高智库决策咨询能力和国际影响力。",
     [("本市", "commitment", "推进国际金融中心相关领域智库建设"), ("本市", "commitment", "支持智库加强前沿研究"),
      ("智库", "support", "加强前沿研究"), ("本市", "commitment", "提高智库决策咨询能力和国际影响力")]),
    # …but 人 before 民 or 员 ends no role, nor 银行 before 间 (the interbank market; the corpus's only sentence is in
    # held-out 90: built on its pattern)
    # (杭州市跨境电子商务促进条例 art. 27 is in held-out 81: built on its pattern)
    ("本市支持银行间债券市场和交易所债券市场基础设施互联互通。", [("本市", "commitment", "支持银行间债券市场和交易所债券市场基础设施互联互通")]),
    ("鼓励跨境电子商务使用人民币计价结算。", [("未指明", "encouragement", "跨境电子商务使用人民币计价结算")]),
    # R15: a government's remit without a modal, 采取措施 opening it (景宁畲族自治县促进惠明茶产业发展条例 art. 8)
    ("自治县人民政府采取措施，通过补助等方式，鼓励惠明茶生产经营者采用绿色防控技术防治病虫害。",
     [("自治县人民政府", "obligation", "采取措施，通过补助等方式，鼓励惠明茶生产经营者采用绿色防控技术防治病虫害"),
      ("惠明茶生产经营者", "encouragement", "采用绿色防控技术防治病虫害")]),
    # R8: 允许X… gives X a permission; R10: 除…外 is no provision (山东省民营经济发展促进条例 art. 11 is in a
    # sealed set: the same sentence in 浙江省民营企业发展促进条例)
    ("鼓励民营资本依法参与国有企业混合所有制改革，除国家明确规定应当由国有资本控股的领域外，允许民营资本控股。",
     [("民营资本", "encouragement", "依法参与国有企业混合所有制改革"), ("民营资本", "permission", "控股")]),
    # R10: 但…除外 binds nobody
    ("企业应当公开信息，但涉及商业秘密的除外。", [("企业", "obligation", "公开信息")]),
    # a later conjunct opening with a verb-like word is still a name (湖州市绿色金融促进条例 art. 16)
    ("鼓励小额贷款公司、融资担保公司、融资租赁公司等地方金融组织依法开发绿色金融产品,提供绿色金融服务。",
     [(a, "encouragement", x) for x in ("依法开发绿色金融产品", "提供绿色金融服务")
      for a in ("小额贷款公司", "融资担保公司", "融资租赁公司")]),
    # R14: 在…时 is an occasion, it joins the clause that binds (杭州市智慧经济促进条例 art. 12)
    ("有关部门在编制智慧经济发展总体规划和专项规划时，应当组织专家论证，并向社会公开征求意见。",
     [("有关部门", "obligation", "组织专家论证"), ("有关部门", "obligation", "向社会公开征求意见")]),
    # a compound of four markers (鼓励、支持、引导、保护) takes the first; the organisation after it is encouraged
    ("县级以上人民政府应当鼓励、支持、引导、保护民营经济组织发展。",
     [("县级以上人民政府", "obligation", "鼓励、支持、引导、保护民营经济组织发展"),
      ("民营经济组织", "encouragement", "发展")]),
    # an alias for one body opening a longer name stands for its full name (横琴粤澳深度合作区发展促进条例 art. 1)
    ("为了推动横琴粤澳深度合作区（以下简称合作区）建设，制定本条例。||合作区执行委员会应当承担具体保密管理工作。",
     [("横琴粤澳深度合作区执行委员会", "obligation", "承担具体保密管理工作")]),
    # modal scope over comma phrases; shared head over 市、县级市（区） (常州 art. 5)
    ("市、县级市（区）人民政府应当加强对促进智能制造发展工作的领导，建立健全推进工作机制。",
     [("市人民政府", "obligation", "加强对促进智能制造发展工作的领导"),
      ("县级市（区）人民政府", "obligation", "加强对促进智能制造发展工作的领导"),
      ("市人民政府", "obligation", "建立健全推进工作机制"),
      ("县级市（区）人民政府", "obligation", "建立健全推进工作机制")]),
    # 等部门 distributes its head; 按照各自职责，做好 is an obligation formula (常州 art. 6)
    ("网信、发展改革、教育等部门按照各自职责，做好促进智能制造发展相关工作。",
     [(f"{d}部门", "obligation", "做好促进智能制造发展相关工作") for d in ("网信", "发展改革", "教育")]),
    # a level prefix spreads over a list that shares one head (常州 art. 14)
    ("市科学技术、工业和信息化主管部门应当推进系统创新。",
     [("市科学技术主管部门", "obligation", "推进系统创新"), ("市工业和信息化主管部门", "obligation", "推进系统创新")]),
    # kinds of one head collapse to the head (常州 art. 12)
    ("广播、电视、报刊、互联网等新闻媒体应当开展智能制造公益性宣传。",
     [("新闻媒体", "obligation", "开展智能制造公益性宣传")]),
    # 本市 + verb: commitment (常州 art. 13)
    ("本市构建智能制造科技创新体系，推动产业体系优化升级。",
     [("本市", "commitment", "构建智能制造科技创新体系"), ("本市", "commitment", "推动产业体系优化升级")]),
    # a subjectless directive (常州 art. 25)
    ("推动智能制造数字化和绿色化深度融合。", [("未指明", "commitment", "推动智能制造数字化和绿色化深度融合")]),
    # a modal with no actor (常州 art. 4): the opening clause is a topic
    ("促进智能制造发展，应当遵循市场主导、政府引导的原则。", [("未指明", "obligation", "遵循市场主导、政府引导的原则")]),
    # 鼓励 + organisations: the organisations are the actors (常州 art. 40)
    ("鼓励保险机构开发保险品种，为企业在智能制造方面提供保险服务。",
     [("保险机构", "encouragement", "开发保险品种"), ("保险机构", "encouragement", "为企业在智能制造方面提供保险服务")]),
    # 鼓励 + verb phrase: 未指明 (常州 art. 37 P1 after 推动)
    ("鼓励组建和发展智能制造相关行业协会和产业联盟。", [("未指明", "encouragement", "组建和发展智能制造相关行业协会和产业联盟")]),
    # 鼓励和支持 takes the first marker; 银行业金融机构 is one name, not 银行 (常州 art. 40)
    ("鼓励和支持银行业金融机构创新智能制造相关金融产品和服务。",
     [("银行业金融机构", "encouragement", "创新智能制造相关金融产品和服务")]),
    # embedded: an obligation containing 支持 + organisation gives an inner support provision (常州 art. 20)
    ("市人民政府应当采取措施，支持企业采用新设备、新工艺，推动制造装备智能化升级。",
     [("市人民政府", "obligation", "采取措施，支持企业采用新设备、新工艺，推动制造装备智能化升级"),
      ("企业", "support", "采用新设备、新工艺"), ("企业", "support", "推动制造装备智能化升级")]),
    # 其 refers back to the organisations just named (常州 art. 9)
    ("鼓励组建行业协会和产业联盟；支持其推动产业协同和交流合作。",
     [("未指明", "encouragement", "组建行业协会和产业联盟"),
      ("行业协会", "support", "推动产业协同和交流合作"), ("产业联盟", "support", "推动产业协同和交流合作")]),
    # partners after 会同 leave the action; 报…批准 names the approver (常州 art. 7)
    ("市工业和信息化主管部门应当会同相关部门组织编制智能制造发展规划，报市人民政府批准后实施。",
     [("市工业和信息化主管部门", "obligation", "组织编制智能制造发展规划"),
      ("市工业和信息化主管部门", "obligation", "报市人民政府批准后实施")]),
    # a liability clause: the party in breach bears the consequence (常州 art. 46)
    ("违反本条例规定，有关部门、单位及其工作人员滥用职权的，对直接负责的主管人员依法给予处分；构成犯罪的，依法追究刑事责任。",
     [(a, "liability", act) for act in ("对直接负责的主管人员依法给予处分", "依法追究刑事责任")
      for a in ("有关部门", "有关单位", "工作人员")]),
    # prohibition with a quantified subject, kept as written (优化营商环境条例 art. 17)
    ("任何单位和个人不得干预。", [("单位", "prohibition", "干预"), ("个人", "prohibition", "干预")]),  # R1: 任何 dropped
    # 负责…的部门 names a department; 及其他有关部门 keeps 其他 out (上海市外商投资条例)
    ("区人民政府负责外商投资工作的部门及其他有关部门按照职责分工，开展本区外商投资促进工作。",
     [("区人民政府负责外商投资工作的部门", "obligation", "开展本区外商投资促进工作"),
      ("其他有关部门", "obligation", "开展本区外商投资促进工作")]),  # R1: 其他X closing a list, as written
    # the agent after 由 is bound (河南省开发区条例)
    ("开发区总体规划，由设立开发区的人民政府组织编制，报省人民政府审批。",
     [("设立开发区的人民政府", "obligation", "组织编制"), ("设立开发区的人民政府", "obligation", "报省人民政府审批")]),
    # 国家 + 鼓励 + organisation: a commitment and an embedded encouragement (中小企业促进法)
    ("国家鼓励各类金融机构开发和提供适合中小企业特点的金融产品和服务。",
     [("国家", "commitment", "鼓励各类金融机构开发和提供适合中小企业特点的金融产品和服务"),
      ("金融机构", "encouragement", "开发和提供适合中小企业特点的金融产品和服务")]),
    # a department stating its remit, no modal; 和 inside a department name (北京市优化营商环境条例 art. 17)
    ("市人力资源和社会保障部门建立健全人力资源服务体制机制，完善调解机制。",
     [("市人力资源和社会保障部门", "obligation", "建立健全人力资源服务体制机制"),
      ("市人力资源和社会保障部门", "obligation", "完善调解机制")]),
    # 及其X等部门: no level prefix spreads from a complete first conjunct (广东省粤菜发展促进条例 art. 23)
    ("县级以上人民政府及其商务等部门应当制作烹饪示范视频。",
     [("县级以上人民政府", "obligation", "制作烹饪示范视频"), ("商务部门", "obligation", "制作烹饪示范视频")]),
    # a bracketed note inside a list; a lexical head lends its last noun (上海市标准化条例 art. 38)
    ("引导企业、社会团体和教育、科研机构、职业学校（含技工学校）参与标准化工作。",
     [(a, "guidance", "参与标准化工作") for a in ("企业", "社会团体", "教育机构", "科研机构", "职业学校")]),
    # the breaching party opens the condition (技术进出口管理条例 art. 48)
    ("技术进出口管理工作人员违反本条例的规定，泄露商业秘密的，依法追究刑事责任；尚不够刑事处罚的，依法给予行政处分。",
     [("技术进出口管理工作人员", "liability", "依法追究刑事责任"), ("技术进出口管理工作人员", "liability", "依法给予行政处分")]),
    # X的主要职责是…: a remit (上海市促进长三角生态绿色一体化发展示范区高质量发展条例 art. 9)
    ("示范区理事会的主要职责是贯彻落实总体方案，协调推进重大项目。",
     [("示范区理事会", "obligation", "贯彻落实总体方案"), ("示范区理事会", "obligation", "协调推进重大项目")]),
    # a prepositional opening is no subject (专利法 art. 46)
    ("对国务院专利行政部门维持专利权的决定不服的，可以自收到通知之日起三个月内向人民法院起诉。",
     [("未指明", "permission", "自收到通知之日起三个月内向人民法院起诉")]),
    # X等有关部门 as partners lists X only (浙江省数字经济促进条例 art. 7)
    ("省标准化主管部门应当会同省经济和信息化等有关部门推进本省数字经济标准体系建设。",
     [("省标准化主管部门", "obligation", "推进本省数字经济标准体系建设")]),
    # 企事业单位 are two kinds; 各级人民政府 keeps 各级 (优化营商环境条例 arts. 28, 7)
    ("供水、供电等公用企事业单位应当向社会公开服务标准。||各级人民政府应当加强组织领导。",
     [("公用企业", "obligation", "向社会公开服务标准"), ("公用事业单位", "obligation", "向社会公开服务标准"),
      ("各级人民政府", "obligation", "加强组织领导")]),
    # 有权 grants a permission (中小企业促进法 art. 53)
    ("中小企业有权要求拖欠方支付拖欠款。", [("中小企业", "permission", "要求拖欠方支付拖欠款")]),
    # X是Y（以下简称Z），负责…: X is the subject; a list closed by 等部门 goes on after 以及 (深圳人工智能条例 art. 6)
    ("市工业和信息化部门是人工智能产业主管部门（以下简称市产业主管部门），负责实施人工智能产业发展工作。"
     "||市发展改革、教育等部门以及市网信部门在各自职责范围内，负责人工智能产业发展相关工作。",
     [("市工业和信息化部门", "obligation", "实施人工智能产业发展工作")]
     + [(a, "obligation", "人工智能产业发展相关工作") for a in ("市发展改革部门", "市教育部门", "市网信部门")]),
    # an alias defined inside a scope clause names the zone, not the clause (中国（山东）自由贸易试验区条例)
    ("本条例适用于经国务院批准设立的中国（山东）自由贸易试验区（以下简称自贸试验区）。||自贸试验区应当建立容错机制。",
     [("中国（山东）自由贸易试验区", "obligation", "建立容错机制")]),
    # …the warrant before the name (经…批准、在…设立的) is no part of what the alias stands for (held-out 22's
    # 开发区; the corpus's one sentence of the form is there, so this row is built on it)
    ("本条例适用于经国务院批准、在本省设立的高新技术产业开发区（以下简称高新区）。||高新区应当建立容错机制。",
     [("高新技术产业开发区", "obligation", "建立容错机制")]),
    # a relative clause names the actor; a list with a shared qualifier (科学技术进步法 art. 30)
    ("利用财政性资金设立的科学技术研究开发机构和高等学校，应当积极促进科技成果转化。",
     [("利用财政性资金设立的科学技术研究开发机构", "obligation", "积极促进科技成果转化"),
      ("利用财政性资金设立的高等学校", "obligation", "积极促进科技成果转化")]),
    # 在各自职责范围内做好 is an obligation formula; X收集数据不得…: X is the subject (山东省大数据发展促进条例)
    ("县级以上人民政府其他有关部门在各自职责范围内做好相关工作。||自然人、法人和其他组织收集数据不得损害被收集人的合法权益。",
     [("县级以上人民政府其他有关部门", "obligation", "做好相关工作")]  # R2: as written
     + [(a, "prohibition", "损害被收集人的合法权益") for a in ("自然人", "法人", "其他组织")]),
    # a subject with no modal that is no public body lends itself to later modals (河南省优化营商环境条例 art. 7)
    # 享有…权利 and 有权 grant permissions
    ("市场主体享有公平竞争的权利，对侵犯其合法权益的行为有权投诉举报。",
     [("市场主体", "permission", "享有公平竞争的权利"), ("市场主体", "permission", "投诉举报")]),
    # a list closed by 等 + category goes on after 和 (广州市青年创新创业促进条例 art. 6)
    ("鼓励企业、科研机构等组织和个人为青年创新创业提供支持。",
     [(a, "encouragement", "为青年创新创业提供支持") for a in ("企业", "科研机构", "个人")]),
    # a marker after 采取…措施 in one segment; 到 ends a name (广州市青年创新创业促进条例 art. 10)
    ("市、区人民政府应当采取有力措施支持高等院校、企事业单位之间加强交流合作，支持优秀人才到职业学校担任创新创业导师。",
     [(g, "obligation", a) for g in ("市人民政府", "区人民政府")
      for a in ("采取有力措施支持高等院校、企事业单位之间加强交流合作", "支持优秀人才到职业学校担任创新创业导师")]
     + [(x, "support", "加强交流合作") for x in ("高等院校", "企业", "事业单位")]
     + [("优秀人才", "support", "到职业学校担任创新创业导师")]),
    # a new subject after ； replaces the old one; a relative clause qualifies the whole list (北京市数字经济促进条例 art. 14)
    ("数字基础设施建设可以采取多种方式；符合条件的各类市场主体和社会资本，有权平等参与投资。",
     [("未指明", "permission", "采取多种方式"), ("符合条件的市场主体", "permission", "平等参与投资"),
      ("符合条件的社会资本", "permission", "平等参与投资")]),
    # the government the first conjunct names governs the list (河南省促进高新技术产业发展条例 art. 5)
    ("县级以上人民政府发展改革、财政等部门应当落实扶持政策。",
     [("县级以上人民政府发展改革部门", "obligation", "落实扶持政策"), ("县级以上人民政府财政部门", "obligation", "落实扶持政策")]),
    # a relative clause names the actor after 鼓励 (促进科技成果转化法 art. 11)
    ("国家鼓励利用非财政资金设立的科技项目的承担者提交相关科技报告。",
     [("国家", "commitment", "鼓励利用非财政资金设立的科技项目的承担者提交相关科技报告"),
      ("利用非财政资金设立的科技项目的承担者", "encouragement", "提交相关科技报告")]),
    # 国家设立的…: a relative clause, not a commitment of the state; 但 keeps the subject (促进科技成果转化法 art. 18)
    ("国家设立的研究开发机构、高等院校对其持有的科技成果，可以自主决定转让，但应当通过协议定价确定价格。",
     [(a, m, act) for a in ("国家设立的研究开发机构", "国家设立的高等院校")
      for m, act in (("permission", "自主决定转让"), ("obligation", "通过协议定价确定价格"))]),
    # 本市 declares; a bare ban after it names nobody (重庆市优化营商环境条例 art. 45)
    ("本市严格控制新设行政许可，严禁变相设定行政许可。",
     [("本市", "commitment", "严格控制新设行政许可"), ("未指明", "prohibition", "变相设定行政许可")]),
    # a public body's remit after its adverbial, with no modal (促进科技成果转化法 art. 8)
    ("国务院科学技术行政部门、经济综合管理部门依照国务院规定的职责，管理科技成果转化工作。",
     [(a, "obligation", "管理科技成果转化工作") for a in ("国务院科学技术行政部门", "国务院经济综合管理部门")]),
    # 国家 + verb is a commitment even when an organisation noun follows later (中小企业促进法 art. 27)
    ("国家改善企业创业环境，优化审批流程。",
     [("国家", "commitment", "改善企业创业环境"), ("国家", "commitment", "优化审批流程")]),
    # 对X负责: the 对-phrase is the action; parties ending in 方 (数据安全法 arts. 6, 40)
    ("各地区、各部门对本地区、本部门工作中收集和产生的数据及数据安全负责。||受托方应当依照法律、法规的规定履行数据安全保护义务。",
     [("地区", "obligation", "对本地区、本部门工作中收集和产生的数据及数据安全"),
      ("部门", "obligation", "对本地区、本部门工作中收集和产生的数据及数据安全"),
      ("受托方", "obligation", "依照法律、法规的规定履行数据安全保护义务")]),
    # a subject after a conditional opening; 报经… is an adverbial (专利法 art. 49)
    ("对国家利益具有重大意义的，国务院有关主管部门和省、自治区人民政府报经国务院批准，可以决定推广应用。",
     [(a, "permission", "决定推广应用") for a in ("国务院有关主管部门", "省人民政府", "自治区人民政府")]),
    # the party in breach is named by a relative clause (数据安全法 art. 47)
    ("从事数据交易中介服务的机构未履行本法规定的义务的，由有关主管部门责令改正，处十万元以上罚款。",
     [("从事数据交易中介服务的机构", "liability", "由有关主管部门责令改正，处十万元以上罚款")]),
    # a zone declares like 本市; 以下统称 for a list keeps the group name (中国（上海）自由贸易试验区条例 art. 39)
    ("自贸试验区鼓励信用服务机构开发信用产品。",
     [("自贸试验区", "commitment", "鼓励信用服务机构开发信用产品"), ("信用服务机构", "encouragement", "开发信用产品")]),
    # a thing put under a regime: the policy is declared, nobody named (河南省优化营商环境条例 art. 31, 35;
    # 深圳经济特区社会信用条例 art. 24; 河南省科学技术进步条例 art. 35)
    ("公共资源交易实行目录管理。", [("未指明", "commitment", "实行目录管理")]),
    ("行政审批实行容缺受理制。", [("未指明", "commitment", "实行容缺受理制")]),
    ("信用信息实行统一代码管理。", [("未指明", "commitment", "实行统一代码管理")]),
    ("对科学技术工作者实行继续教育制度。", [("未指明", "commitment", "对科学技术工作者实行继续教育制度")]),
    # a zone's policy after its adverbial is the zone's, like 本市 (中国（重庆）自由贸易试验区条例 art. 27,
    # 中国（上海）自由贸易试验区条例 art. 33)
    ("自贸试验区按照风险可控、服务实体经济的原则，扩大金融领域对外开放，稳步开展跨境结算等方面的改革创新。",
     [("自贸试验区", "commitment", "扩大金融领域对外开放"), ("自贸试验区", "commitment", "稳步开展跨境结算等方面的改革创新")]),
    ("自贸试验区按照国家规定，实施促进投资和贸易的有关税收政策。",
     [("自贸试验区", "commitment", "实施促进投资和贸易的有关税收政策")]),
    ("甲部门、乙机构（以下统称驻区机构）负责登记。||驻区机构应当记录信用信息。",
     [(a, "obligation", "登记") for a in ("甲部门", "乙机构")] + [("驻区机构", "obligation", "记录信用信息")]),
    # a modal inside a relative clause that names the subject (浙江省民营企业发展促进条例 art. 13)
    ("政府采购的采购人以及依法必须进行招标项目的招标人，不得限定供应商的所有制形式。",
     [(a, "prohibition", "限定供应商的所有制形式") for a in ("政府采购的采购人", "依法必须进行招标项目的招标人")]),
    # two governments × a department list; 相关部门 is 有关部门; 等行业企业 (上海 区块链规定, 湖州市绿色金融促进条例)
    ("市和浦东新区交通、商务等部门按照各自职责，推动区块链应用。",
     [(a, "obligation", "推动区块链应用") for a in ("市交通部门", "市商务部门", "浦东新区交通部门", "浦东新区商务部门")]),
    ("鼓励铅蓄电池、电镀等行业企业投保环境污染责任保险。", [("企业", "encouragement", "投保环境污染责任保险")]),
    # X会同Y应当…: Y is a partner (湖州市绿色金融促进条例 art. 4)
    ("市金融工作部门会同中央金融管理部门驻湖机构应当建立绿色金融统计制度。",
     [("市金融工作部门", "obligation", "建立绿色金融统计制度")]),
    # a condition holding a modal binds nobody; …的，从其规定 is a cross-reference (个人信息保护法 art. 29)
    ("处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定。",
     [("未指明", "obligation", "取得个人的单独同意")]),
    # a subject with its own clause is no topic: later bare modals are its own (中小企业促进法 art. 5)
    ("县级以上地方各级人民政府根据实际情况建立协调机制，明确相应的主管部门，负责本行政区域内的中小企业促进工作。",
     [("县级以上地方各级人民政府", "obligation", a) for a in
      ("根据实际情况建立协调机制", "明确相应的主管部门", "本行政区域内的中小企业促进工作")]),
    # an actor opening a condition is the subject of the modal after it (宁波市科技创新促进条例 art. 24)
    ("企业、高等院校等单位以技术转让方式实施的，应当提取经费。",
     [("企业", "obligation", "提取经费"), ("高等院校", "obligation", "提取经费")]),
    # 各级 spreads over a list; a department category over bare names (河南省技术市场条例, 广东省知识产权保护条例)
    ("各级司法机关、技术监督等部门应当支持技术市场。||新闻出版、科技等负责知识产权保护的相关部门，按照各自职责做好相关工作。",
     [("各级司法机关", "obligation", "支持技术市场"), ("各级技术监督部门", "obligation", "支持技术市场"),
      ("新闻出版部门", "obligation", "做好相关工作"), ("科技部门", "obligation", "做好相关工作")]),
    # 县（市）区 is one tier; a new subject mid-sentence before 负责 (宁波市科技创新促进条例 art. 5)
    ("市和县（市）区科技主管部门负责统筹协调，其他有关部门在各自职责范围内，负责有关工作。",
     [("市科技主管部门", "obligation", "统筹协调"), ("县（市）区科技主管部门", "obligation", "统筹协调"),
      ("有关部门", "obligation", "有关工作")]),  # standing alone, 其他有关部门 is 有关部门
    # a condition inside a group is no action; 由X报…备案 names the filer (河南省技术市场条例 art. 12)
    ("技术市场管理部门应当自收到申请之日起十日内作出书面答复，逾期不答复的，视为批准；经批准的，由主办单位报公安部门备案。",
     [("技术市场管理部门", "obligation", "自收到申请之日起十日内作出书面答复"), ("技术市场管理部门", "obligation", "视为批准"),
      ("主办单位", "obligation", "报公安部门备案")]),
    # every modal marker of lexicon/modality.yaml has a row (test_every_modal_marker_has_a_row):
    # 必须 binds whoever the sentence leaves unnamed (产品质量法 art. 2)
    ("在中华人民共和国境内从事产品生产、销售活动，必须遵守本法。", [("未指明", "obligation", "遵守本法")]),
    # R7: …事务由X负责 with nothing after 负责: X answers for the topic (中国（山东）自由贸易试验区条例 art. 10)
    ("自贸试验区片区的社会管理、公共服务等事务由所在地设区的市人民政府负责。",
     [("所在地设区的市人民政府", "obligation", "自贸试验区片区的社会管理、公共服务等事务")]),
    # R9: a referral with no party of its own binds nobody, also after a condition (北京市技术市场条例 art. 34); the
    # session-4 precision draw (seed 2030) found these read as 未指明 commitments (产品质量法 art. 59,
    # 深圳经济特区外商投资条例 art. 45)
    ("违反本条例的行为，法律、行政法规已经规定法律责任的，依照其规定追究法律责任。", []),
    ("国家或者广东省对外国投资者和外商投资企业的营商活动有更加便利或者优惠规定的，适用其规定。", []),
    # bare 应 is 应当 (a 开发区 regulation, art. 10)
    ("投资者应按照国家和本市的规定办理申请和审批手续。", [("投资者", "obligation", "按照国家和本市的规定办理申请和审批手续")]),
    # 禁止 opening a sentence: a prohibition with no bearer named (国家科学技术奖励条例 art. 27)
    ("禁止使用国家科学技术奖名义牟取不正当利益。", [("未指明", "prohibition", "使用国家科学技术奖名义牟取不正当利益")]),
    # bare 可 is 可以; 各类 is dropped (优化营商环境条例 art. 9)
    ("各类市场主体均可依法平等进入。", [("市场主体", "permission", "依法平等进入")]),
    # 方可 after a condition is a permission (个人信息保护法 art. 28)
    ("只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，个人信息处理者方可处理敏感个人信息。",
     [("个人信息处理者", "permission", "处理敏感个人信息")]),
    # 倡导 is encouragement, as 鼓励 is (广东省粤菜…, the last clause of art. 4)
    ("倡导文明、健康、科学的饮食风尚。", [("未指明", "encouragement", "文明、健康、科学的饮食风尚")]),
    # session 5, from held-out 19-22 errors; rows from other regulations.  Zones before a zone's body each have
    # that body (山东省促进科技成果转化条例 art. 8)
    ("高新技术产业开发区、经济开发区、农业高新技术产业开发区（示范区）的管理机构，应当采取更加有利于促进科技成果转化的措施，推动科技成果转化。",
     [(z + "的管理机构", "obligation", a) for z in ("高新技术产业开发区", "经济开发区", "农业高新技术产业开发区（示范区）")
      for a in ("采取更加有利于促进科技成果转化的措施", "推动科技成果转化")]),
    # an occasion (…时) binds nobody, its actor is the subject; 除…外 between them, 还 before the modal
    # (河南省产品质量监督管理条例 art. 13, 上海市优化营商环境条例 2024 art. 60)
    ("产品质量检验机构人员抽取样品时，除应遵守前款规定外，还应出示有效的身份证明和产品质量监督部门的委托书。",
     [("产品质量检验机构人员", "obligation", "出示有效的身份证明和产品质量监督部门的委托书")]),
    ("有关政府部门开展行政执法时，应当依法运用说服教育、劝导示范、指导约谈等方式，加强对企业等经营主体违法行为整改的指导。",
     [("有关政府部门", "obligation", "依法运用说服教育、劝导示范、指导约谈等方式，加强对企业等经营主体违法行为整改的指导")]),
    # 领导…工作 is a government's remit (R15) (上海市科学技术进步条例 2010 art. 5, 科学技术普及法 art. 14)
    ("市人民政府领导全市科学技术进步工作，组织有关部门开展科学技术发展战略研究。",
     [("市人民政府", "obligation", "领导全市科学技术进步工作"), ("市人民政府", "obligation", "组织有关部门开展科学技术发展战略研究")]),
    ("各级人民政府领导科普工作，应当将科普工作纳入国民经济和社会发展相关规划。",
     [("各级人民政府", "obligation", "领导科普工作"), ("各级人民政府", "obligation", "将科普工作纳入国民经济和社会发展相关规划")]),
    # 具体负责 is 负责 (R5) (宁波杭州湾新区条例 art. 12)
    ("新区土地管理机构具体负责征收集体所有土地房屋补偿管理和监督工作。",
     [("新区土地管理机构", "obligation", "征收集体所有土地房屋补偿管理和监督工作")]),
    # a subject named before its own occasion, with 开发 (a verb) inside its name (河南省开发区条例 art. 42)
    ("开发区内的企业停业时，应向开发区管理机构申报理由，办理停业手续。",
     [("开发区内的企业", "obligation", "向开发区管理机构申报理由"), ("开发区内的企业", "obligation", "办理停业手续")]),
    # 负责制 is a regime, 负责 inside a word (R5) (上海市优化营商环境条例 2020 art. 35)
    ("本市推行工程质量潜在缺陷保险制度，探索推行建筑师负责制。",
     [("本市", "commitment", "推行工程质量潜在缺陷保险制度"), ("本市", "commitment", "探索推行建筑师负责制")]),
    # a thing opening the sentence (…资金支持的科技项目，) is no remit of the body inside it; the subject named
    # before its occasion (…前) bears the duty; 建设单位 is one word (built on the pattern of held-out 20 art. 16)
    ("财政资金支持的科技项目，承担单位在项目验收前，应当提交成果报告。", [("承担单位", "obligation", "提交成果报告")]),
    ("政府投资的建设项目，建设单位在开工前，应当办理施工许可。", [("建设单位", "obligation", "办理施工许可")]),
    # 依据职责 is 按照职责 (an obligation formula), and 职责权限 one word of it (标准化法 2017 art. 10; the second row
    # is built on held-out 15's form)
    ("国务院有关行政主管部门依据职责负责强制性国家标准的项目提出、组织起草、征求意见和技术审查。",
     [("国务院有关行政主管部门", "obligation", "强制性国家标准的项目提出、组织起草、征求意见和技术审查")]),
    ("市场监督管理部门按照职责权限，预防和制止不正当竞争行为。", [("市场监督管理部门", "obligation", "预防和制止不正当竞争行为")]),
    # 应当鼓励X… with nobody named still embeds X's encouragement (科学技术进步法 2007 art. 31)
    ("对具有明确市场应用前景的项目，应当鼓励企业联合科学技术研究开发机构、高等学校共同实施。",
     [("未指明", "obligation", "鼓励企业联合科学技术研究开发机构、高等学校共同实施"),
      ("企业", "encouragement", "共同实施")]),  # (联合 names its partners)
    # Y由X依照…: the agent of a later clause is bound (R7) (built on held-out 17 art. 12's form)
    ("区教育主管部门应当办理入学手续，收费标准由区人民政府依照国家有关政策作出规定。",
     [("区教育主管部门", "obligation", "办理入学手续"), ("区人民政府", "obligation", "依照国家有关政策作出规定")]),
    # 国家、省级… is a list of levels qualifying a name, not 国家 declaring (built on held-out 13 art. 8's form);
    # a 可以 inside the object of 对 qualifies it (held-out 13 art. 12's form); the antecedent of 其 sheds its verb
    ("国家、省级创新型企业及技术创新示范企业，可以优先享受市人民政府的支持政策。",
     [(n, "permission", "优先享受市人民政府的支持政策") for n in ("国家级创新型企业", "省级创新型企业", "国家技术创新示范企业")]),
    ("对具有自主知识产权、可以形成较大经济规模的重大成果转化项目，市人民政府应当给予重点支持。",
     [("市人民政府", "obligation", "给予重点支持")]),
    ("市人民政府确立高新技术开发区等科技创新的先行先试区，支持其建立创新机制。",
     [("市人民政府", "obligation", "确立高新技术开发区等科技创新的先行先试区"), ("市人民政府", "obligation", "支持其建立创新机制"),
      ("高新技术开发区", "support", "建立创新机制")]),
    # 可复制可推广 are adjectives and 有权机关 the competent authority, no markers (R5) (中国（山东）自由贸易试验区条例
    # arts. 3, 58)
    ("自贸试验区应当以制度创新为核心，探索可复制可推广经验，加快推进新旧动能接续转换。",
     [("自贸试验区", "obligation", a) for a in ("以制度创新为核心", "探索可复制可推广经验", "加快推进新旧动能接续转换")]),
    ("自贸试验区改革创新需要暂时调整或者停止适用有关法律、行政法规、部门规章的，有关部门应当及时提出建议，依照法定程序报请有权机关作出决定。",
     [("有关部门", "obligation", "及时提出建议"), ("有关部门", "obligation", "依照法定程序报请有权机关作出决定")]),
    # 通过…等措施 is a means: it stays with the verb phrase after it (G7), 并 before it too (precision draw 2030 #4;
    # 优化营商环境条例 2019 art. 32)
    ("县级以上人民政府应当加大清理力度，并通过加强预算管理、严格责任追究等措施，建立防范和治理拖欠账款的长效机制。",
     [("县级以上人民政府", "obligation", "加大清理力度"),
      ("县级以上人民政府", "obligation", "通过加强预算管理、严格责任追究等措施，建立防范和治理拖欠账款的长效机制")]),
    # a 对-phrase before 由X… is the topic of the agent's clause, not a phrase of the group before (precision draw
    # 2030 #11, 商丘市优化营商环境条例 art. 19)
    ("市人民政府应当引导市场主体依法开展生产经营活动，对破坏市场公平竞争秩序等严重失信主体，由有关部门和单位依法依规实施联合惩戒。",
     [("市人民政府", "obligation", "引导市场主体依法开展生产经营活动"), ("市场主体", "guidance", "依法开展生产经营活动"),
      ("有关部门", "obligation", "依法依规实施联合惩戒"), ("有关单位", "obligation", "依法依规实施联合惩戒")]),
    # a list item naming what a body decides (…规定的其他评估内容) is a thing, no remit (网络数据安全管理条例 art. 31)
    ("有关主管部门规定的其他评估内容。", []),
    # precision draw 2031: 可 in 可再生 is no marker (#35, 浙江省可再生能源开发利用促进条例 art. 8); 依法按照…标准 and
    # 将…的决定 wait for their verb (#43 产品质量法 art. 21, #44 反垄断法 art. 36); 分工负责 is 负责 (#46 标准化法实施条例
    # art. 28); 交由X承担 hands a task over and binds the one who hands it (#40 青岛市优化营商环境条例 art. 18)
    ("县级以上人民政府可再生能源综合管理部门应当组织编制本行政区域可再生能源开发利用规划。",
     [("县级以上人民政府可再生能源综合管理部门", "obligation", "组织编制本行政区域可再生能源开发利用规划")]),
    ("产品质量检验机构必须依法按照有关标准，客观、公正地出具检验结果或者认证证明。",
     [("产品质量检验机构", "obligation", "依法按照有关标准，客观、公正地出具检验结果或者认证证明")]),
    ("国务院反垄断执法机构应当将禁止经营者集中的决定或者对经营者集中附加限制性条件的决定，及时向社会公布。",
     [("国务院反垄断执法机构", "obligation", "将禁止经营者集中的决定或者对经营者集中附加限制性条件的决定，及时向社会公布")]),
    ("国务院有关行政主管部门分工负责本部门、本行业的标准实施的监督。",
     [("国务院有关行政主管部门", "obligation", "本部门、本行业的标准实施的监督")]),
    ("政府可以通过转移、委托或者购买服务等形式，交由具备条件的行业协会商会承担。",
     [("政府", "permission", "通过转移、委托或者购买服务等形式，交由具备条件的行业协会商会承担")]),
    # a department's remit after another clause (R15): 海关 is a body (北京市新技术产业开发试验区暂行条例 art. 7); a province
    # named binds itself as 本省 does (built on held-out 23's form, 海南省应当…)
    ("经海关批准，在试验区内可以设立保税仓库、保税工厂，海关按照进料加工，对进口的原材料和零部件进行监管。",
     [("未指明", "permission", "设立保税仓库、保税工厂"), ("海关", "obligation", "按照进料加工，对进口的原材料和零部件进行监管")]),
    ("浙江省应当切实履行责任，加强组织领导。", [("浙江省", "obligation", "切实履行责任"), ("浙江省", "obligation", "加强组织领导")]),
    # 社会资金/社会资本 are parties the text encourages (山东省促进科技成果转化条例 art. 5); levels before a government
    # inside a relative clause say who recognised it: one name (built on held-out 27 art. 22's form)
    ("县级以上人民政府应当合理安排科技成果转化财政资金投入，鼓励、引导社会资金投入。",
     [("县级以上人民政府", "obligation", "合理安排科技成果转化财政资金投入"),
      ("县级以上人民政府", "obligation", "鼓励、引导社会资金投入"), ("社会资金", "encouragement", "投入")]),
    ("国家、省人民政府认定的重大新型研发机构依法享受国有科研机构同等待遇。",
     [("国家、省人民政府认定的重大新型研发机构", "permission", "享受国有科研机构同等待遇")]),
    # 由A和B共同负责 binds both (R7) (built on held-out 25 art. 11)
    ("扶持资金的年度预算由市财政部门和市商务主管部门共同负责。",
     [("市财政部门", "obligation", "扶持资金的年度预算"), ("市商务主管部门", "obligation", "扶持资金的年度预算")]),
    # a national law's 中华人民共和国 declares as 国家 does (built on held-out 28's form; identity folds it into 国家);
    # 中华人民共和国境内 is a place
    ("中华人民共和国根据平等互利的原则，促进和发展同其他国家和地区的贸易关系。",
     [("中华人民共和国", "commitment", "根据平等互利的原则，促进和发展同其他国家和地区的贸易关系")]),
    ("在中华人民共和国境内从事产品生产、销售活动，必须遵守本法。", [("未指明", "obligation", "遵守本法")]),
    # 由其…: 其 is the topic (R16); an object of 对 whose qualifier holds verbs still waits for its verb; 保障 joins a
    # string of soft markers (built on held-out 29 arts. 3, 6, 14; no other corpus sentence has these forms)
    ("科技型企业由其所在地的县级以上人民政府科技行政部门按照管理权限认定。",
     [("科技型企业所在地的县级以上人民政府科技行政部门", "obligation", "按照管理权限认定")]),
    ("金融机构应当根据国家信贷政策支持科技型企业发展，对有信誉、发展速度快的科技型企业及其项目，优先予以资金支持。",
     [("金融机构", "obligation", "根据国家信贷政策支持科技型企业发展"),
      ("金融机构", "obligation", "对有信誉、发展速度快的科技型企业及其项目，优先予以资金支持")]),
    ("各级人民政府应当鼓励、扶持、引导和保障科技型企业发展。",
     [("各级人民政府", "obligation", "鼓励、扶持、引导和保障科技型企业发展"), ("科技型企业", "encouragement", "发展")]),
    # public bodies agreeing (由…部门协商确定) are bound; private parties agreeing are permitted (R7) (广东省市场监管条例
    # art. 41)
    ("对前款移送有争议的，由发生争议的监管部门协商确定。", [("发生争议的监管部门", "obligation", "协商确定")]),
    # parties to a dispute and kinds of innovator are actors (heads 侵权人, 投诉人, 创新主体; session-6 first contact)
    # (反不正当竞争法 2025 art. 39; 保障中小企业款项支付条例 2025; 上海市推进科技创新中心建设条例 art. 18)
    ("在侵犯商业秘密的民事审判程序中，商业秘密权利人提供初步证据，证明其已经对所主张的商业秘密采取保密措施，且合理表明商业秘密被侵犯，"
     "涉嫌侵权人应当证明权利人所主张的商业秘密不属于本法规定的商业秘密。",
     [("涉嫌侵权人", "obligation", "证明权利人所主张的商业秘密不属于本法规定的商业秘密")]),
    ("被投诉人应当配合处理投诉部门工作。", [("被投诉人", "obligation", "配合处理投诉部门工作")]),
    ("鼓励各类创新主体加强协同创新，在前沿科技、重大共性关键技术研究等方面开展联合攻关。",
     [("创新主体", "encouragement", "加强协同创新"),
      ("创新主体", "encouragement", "在前沿科技、重大共性关键技术研究等方面开展联合攻关")]),
    # a purpose between the subject and its modal binds nobody; the subject holds (科学技术进步法 2007 art. 20; 促进科技成果
    # 转化法 art. 7, outside held-out 3's articles)
    ("项目承担者依法取得的本条第一款规定的知识产权，国家为了国家安全、国家利益和重大社会公共利益的需要，可以无偿实施，"
     "也可以许可他人有偿实施或者无偿实施。",
     [("国家", "permission", "无偿实施"), ("国家", "permission", "许可他人有偿实施或者无偿实施")]),
    ("国家为了国家安全、国家利益和重大社会公共利益的需要，可以依法组织实施或者许可他人实施相关科技成果。",
     [("国家", "permission", "依法组织实施或者许可他人实施相关科技成果")]),
    # 禁止任何X和Y…: those named after the marker are banned, 任何 dropped (R1) (河南省企业负担监督管理条例 art. 7;
    # 国家科学技术奖励条例 2024 art. 24)
    ("禁止任何单位和个人在法律、法规和规章规定之外对企业增设罚款项目、提高罚款标准、扩大罚款没收财物的范围。",
     [(a, "prohibition", x) for a in ("单位", "个人") for x in (
         "在法律、法规和规章规定之外对企业增设罚款项目、提高罚款标准、扩大罚款没收财物的范围",)]),
    ("禁止任何个人、组织进行可能影响国家科学技术奖提名和评审公平、公正的活动。",
     [(a, "prohibition", "进行可能影响国家科学技术奖提名和评审公平、公正的活动") for a in ("个人", "组织")]),
    # incubators are organisations: 大学科技园 is no 大学, 众创空间 an actor of its own (北京国际科技创新中心建设条例
    # art. 37; 浙江省高新技术促进条例 art. 24, outside held-out 8's articles)
    ("支持大学科技园组建高水平运营团队，建设专业服务平台。",
     [("大学科技园", "support", "组建高水平运营团队"), ("大学科技园", "support", "建设专业服务平台")]),
    ("科技企业孵化器、众创空间应当拓展服务领域，强化服务功能，提高服务质量。",
     [(a, "obligation", x) for a in ("科技企业孵化器", "众创空间") for x in ("拓展服务领域", "强化服务功能", "提高服务质量")]),
    # 享受/享有…的: the right qualifies a noun, nobody is entitled (R6) (集成电路布图设计保护条例 art. 2)
    ("布图设计权利人，是指依照本条例的规定，对布图设计享有专有权的自然人、法人或者其他组织。", []),
    # a referral with nobody named binds nobody (R9) (保障中小企业款项支付条例 2025 art. 36; 河南省产品质量监督管理条例
    # art. 31); one that names its party is kept (本市…)
    ("军队采购货物、工程、服务支付中小企业款项，按照军队的有关规定执行。", []),
    ("法律、行政法规对产品质量违法行为有处罚规定的，按照法律、行政法规的有关规定执行。", []),
    # a relative clause opened by 从事/提供/具有… names its party however long it is (R12) (山东省新旧动能转换促进条例
    # art. 15)
    ("从事科技成果转化咨询、科技信息服务等工作的科技中介服务机构，按照规定享受非营利科研机构的优惠政策。",
     [("从事科技成果转化咨询、科技信息服务等工作的科技中介服务机构", "permission", "享受非营利科研机构的优惠政策")]),
    # 依合同约定 between the subject and its modal is an adverbial (北京市技术市场条例 art. 40: precision draw 2032 #19,
    # the only corpus sentence of this form)
    ("技术交易当事人之间的经济纠纷，当事人依合同约定或者事后协议可以依法向仲裁机构申请仲裁。",
     [("当事人", "permission", "依法向仲裁机构申请仲裁")]),
    # the parties to an agreement are actors, and 方可 after 双 is no marker (北京市农业机械化促进条例 art. 19;
    # 保障中小企业款项支付条例 2020 art. 9)
    ("提供农业机械作业服务的组织或者个人，应当按照相关作业质量标准确保作业质量；没有相关作业质量标准的，当事人双方可以约定作业验收条件。",
     [("提供农业机械作业服务的组织", "obligation", "按照相关作业质量标准确保作业质量"),
      ("提供农业机械作业服务的个人", "obligation", "按照相关作业质量标准确保作业质量"),
      ("当事人双方", "permission", "约定作业验收条件")]),
    ("合同双方应当在合同中约定明确、合理的检验或者验收期限，并在该期限内完成检验或者验收。",
     [("合同双方", "obligation", "在合同中约定明确、合理的检验或者验收期限"), ("合同双方", "obligation", "在该期限内完成检验或者验收")]),
    # a bare 依法 before the marker names nobody: the party of the clause before is entitled (R8) (山东省专利条例
    # art. 14)
    ("单位和个人从事专利技术转让、开发和与之相关的专利技术咨询、服务等业务，依法享受税收优惠。",
     [("单位", "permission", "享受税收优惠"), ("个人", "permission", "享受税收优惠")]),
    # private parties agreeing are permitted; the body that decides when they cannot is bound (R7) (集成电路布图设计
    # 保护条例 art. 28)
    ("取得实施布图设计的非自愿许可的自然人、法人或者其他组织应当向布图设计权利人支付合理的报酬，其数额由双方协商；"
     "双方不能达成协议的，由国务院知识产权行政部门裁决。",
     [(f"取得实施布图设计的非自愿许可的{a}", "obligation", "向布图设计权利人支付合理的报酬") for a in ("自然人", "法人", "其他组织")]
     + [("双方", "permission", "协商"), ("国务院知识产权行政部门", "obligation", "裁决")]),
    # 在…前提下 is an adverbial: it stays with the verb phrase after it (G7), no provision of its own
    # (北京市数字经济促进条例 art. 13; 北京市优化营商环境条例 2024 art. 18)
    ("对主要使用财政资金形成的新技术基础设施，项目运营单位应当在保障安全规范的前提下，向社会提供开放共享服务。",
     [("项目运营单位", "obligation", "在保障安全规范的前提下，向社会提供开放共享服务")]),
    ("本市在确保商业秘密、个人隐私受到保护的前提下，推动不动产登记、税务、市场监督管理、民政等有关政府部门的信息与金融机构共享。",
     [("本市", "commitment", "在确保商业秘密、个人隐私受到保护的前提下，推动不动产登记、税务、市场监督管理、民政等有关政府部门的信息"
                         "与金融机构共享")]),
    # the parties to a deal bear their duties: brokers, sellers, buyers, intermediaries (北京市技术市场条例
    # arts 9, 16)
    ("在技术交易活动中，卖方应当是所提供技术的合法拥有者，并保证其所提供技术的真实性；中介方应当保证自己所提供技术信息的真实性及其"
     "来源的合法性；买方应当按照合同约定使用技术，支付费用。",
     [("卖方", "obligation", "是所提供技术的合法拥有者"), ("卖方", "obligation", "保证其所提供技术的真实性"),
      ("中介方", "obligation", "保证自己所提供技术信息的真实性及其来源的合法性"),
      ("买方", "obligation", "按照合同约定使用技术"), ("买方", "obligation", "支付费用")]),
    ("技术经纪人在经纪活动中应当将定约机会和交易情况如实、及时地提供给当事人各方，真实反映当事人各方的履约能力、知识产权情况。",
     [("技术经纪人", "obligation", "将定约机会和交易情况如实、及时地提供给当事人各方"),
      ("技术经纪人", "obligation", "真实反映当事人各方的履约能力、知识产权情况")]),
    # a name the text defined opens a remit even where its words start like a verb (开发区管委会行使下列职权; 北京经济
    # 技术开发区条例 arts 8–9)
    ("市人民政府设立北京经济技术开发区管理委员会（以下简称开发区管委会），代表市人民政府对开发区实行统一领导和管理。||"
     "开发区管委会行使下列职权：\n（一）保证国家法律、法规和产业政策在开发区贯彻实施；\n（二）管理开发区的财政收支。",
     [("市人民政府", "obligation", "设立北京经济技术开发区管理委员会（以下简称开发区管委会）"),
      ("市人民政府", "obligation", "代表市人民政府对开发区实行统一领导和管理"),
      ("北京经济技术开发区管理委员会", "obligation", "保证国家法律、法规和产业政策在开发区贯彻实施"),
      ("北京经济技术开发区管理委员会", "obligation", "管理开发区的财政收支")]),
    # 社会各方面 is society at large, not the parties (各方) and 面 (就业促进法 art. 54)
    ("地方各级人民政府鼓励和支持社会各方面为就业困难人员提供技能培训、岗位信息等服务。",
     [("地方各级人民政府", "obligation", "鼓励和支持社会各方面为就业困难人员提供技能培训、岗位信息等服务"),
      ("社会各方面", "encouragement", "为就业困难人员提供技能培训、岗位信息等服务")]),
    # X部门主管…工作: a department's remit, no modal (R15; 产品质量法 art. 8)
    ("国务院市场监督管理部门主管全国产品质量监督工作。国务院有关部门在各自的职责范围内负责产品质量监督工作。",
     [("国务院市场监督管理部门", "obligation", "主管全国产品质量监督工作"),
      ("国务院有关部门", "obligation", "负责产品质量监督工作")]),
    # X及其工作人员: the body and its staff, named 工作人员 as the dev gold names them (北京市促进私营个体经济发展条例
    # art. 41)
    ("行政机关及其工作人员违法行使行政职权，侵害私营企业和个体工商户的合法权益，造成损害的，依照《中华人民共和国国家赔偿法》的规定"
     "承担赔偿责任。",
     [(a, "liability", "依照《中华人民共和国国家赔偿法》的规定承担赔偿责任") for a in ("行政机关", "工作人员")]),
    # parties named by what they do (…者) are actors, and a 的-qualifier before them is shared (北京市农业机械化促进条例
    # art. 14; 重庆市产品质量条例 art. 15); so is the thing the first party names, as held-out 53 and 57 read it
    ("农业机械生产者、维修者、作业者应当执行农业机械产品质量、维修质量和作业质量的国家标准或者行业标准。",
     [(a, "obligation", "执行农业机械产品质量、维修质量和作业质量的国家标准或者行业标准")
      for a in ("农业机械生产者", "农业机械维修者", "农业机械作业者")]),
    ("集中交易市场的开办者、柜台出租者和展销会举办者，应当审查入场经营者的营业执照、经营资质、资格等证明文件。",
     [(a, "obligation", "审查入场经营者的营业执照、经营资质、资格等证明文件")
      for a in ("集中交易市场的开办者", "集中交易市场的柜台出租者", "集中交易市场的展销会举办者")]),
    # 不得允许其…: what is refused entitles nobody (浙江省专利条例 art. 35, outside set 33's articles)
    ("展览会、推广会、交易会等展会的举办者，对标明专利标记和专利号的参展产品或者技术，应当查验其展品的专利证书、专利许可合同等有效证明；"
     "对不能提供有效证明的，不得允许其以专利产品、专利技术的名义参展。",
     [("展会的举办者", "obligation", "查验其展品的专利证书、专利许可合同等有效证明"),
      ("展会的举办者", "prohibition", "允许其以专利产品、专利技术的名义参展")]),
    # 政府投资建设的科普场馆: not the government's remit (precision draw 2033 #47); since session 10 the venue is the
    # body bound, its qualifier kept (R12), as held-out 89's annotator read 利用财政性资金建设的科普场馆 (科学技术普及法
    # 2024 art. 46)
    ("政府投资建设的科普场馆，应当配备必要的专职人员，常年向公众开放，对青少年实行免费或者优惠，并不得擅自改为他用；"
     "经费困难的，政府可以根据需要予以补贴，使其正常运行。",
     [(VENUE, "obligation", "配备必要的专职人员"), (VENUE, "obligation", "常年向公众开放"),
      (VENUE, "obligation", "对青少年实行免费或者优惠"), (VENUE, "prohibition", "擅自改为他用"),
      ("政府", "permission", "根据需要予以补贴"), ("政府", "permission", "使其正常运行")]),
    # 由X提出…: the agent bears it (R7; 河南省开发区条例 art. 8)
    ("申报省人民政府批准设立的开发区，应由省辖市人民政府提出申请，分别经省计划行政管理部门、省科技行政管理部门组织有关单位进行论证和"
     "审查，报省人民政府审批。",
     [("省辖市人民政府", "obligation", "提出申请"),
      ("省辖市人民政府", "obligation", "分别经省计划行政管理部门、省科技行政管理部门组织有关单位进行论证和审查"),
      ("省辖市人民政府", "obligation", "报省人民政府审批")]),
    # an occasion with nobody named (…发生争议时) binds nobody (R14; 电子商务法 art. 61)
    ("消费者在电子商务平台购买商品或者接受服务，与平台内经营者发生争议时，电子商务平台经营者应当积极协助消费者维护合法权益。",
     [("电子商务平台经营者", "obligation", "积极协助消费者维护合法权益")]),
    # session 9, on the errors of held-out 52–59 (rows from sentences outside every gold set):
    # the subject's own occasion without a comma (…受理…申请后应当…) keeps the subject (R14; 深圳经济特区社会信用条例 art. 81)
    ("市公共信用机构受理公共信用修复申请后应当立即转送公共信用信息提供单位处理，并将转送情况及时告知申请人。",
     [("市公共信用机构", "obligation", "立即转送公共信用信息提供单位处理"), ("市公共信用机构", "obligation", "将转送情况及时告知申请人")]),
    # a body named for what it does (核准机关, 监督检查部门) is a name, though a verb opens it (企业投资项目核准和备案管理条例 art. 10)
    ("核准机关对项目予以核准的，应当向企业出具核准文件；不予核准的，应当书面通知企业并说明理由。",
     [("核准机关", "obligation", "向企业出具核准文件"), ("核准机关", "obligation", "书面通知企业并说明理由")]),
    # X依法开展…，可以…: the body's occasion binds nobody, the clause after it binds the body (R14; 市场主体登记管理条例 art. 39)
    ("登记机关对市场主体涉嫌违反本条例规定的行为进行查处，可以行使下列职权：\n（一）进入市场主体的经营场所实施现场检查；\n（二）查阅、复制有关资料。",
     [("登记机关", "permission", "进入市场主体的经营场所实施现场检查"), ("登记机关", "permission", "查阅、复制有关资料")]),
    # 明知或者应知: 应知 is "should know", no marker (R5; 上海市技术市场条例 art. 6)
    ("当事人一方明知或者应知另一方非法占有他人技术而与之进行技术交易，视为侵害他人技术权益。", []),
    # 但是，…除外 across a comma is an exception, no provision (R10; 电信条例 art. 51)
    ("任何组织或者个人不得阻止或者妨碍基础电信业务经营者依法从事电信设施建设和向电信用户提供公共电信服务；但是，国家规定禁止或者限制进入的区域除外。",
     [(a, "prohibition", "阻止或者妨碍基础电信业务经营者依法从事电信设施建设和向电信用户提供公共电信服务") for a in ("组织", "个人")]),
    # X…的，应当认定为…: a deeming rule binds nobody named, not the condition's party (built on the pattern of held-out 56 art. 8)
    ("企业的工作人员泄露商业秘密的，应当认定为企业的行为。", [("未指明", "obligation", "认定为企业的行为")]),
    # 家庭农场, 农民专业合作社 (no 农民 and a stray 专业合作社), 种养大户 are bodies (山东省循环经济条例 art. 30)
    ("鼓励和支持种养大户、家庭农场、农民专业合作社和农业龙头企业等新型经营主体开展联合与协作，推进统防统治、种养循环和废弃物资源化利用。",
     [(a, "encouragement", x) for x in ("开展联合与协作", "推进统防统治、种养循环和废弃物资源化利用")
      for a in ("种养大户", "家庭农场", "农民专业合作社", "农业龙头企业")]),
    # a catch-all in a list (或者其他有关单位或者个人) qualifies the bare heads after it (反垄断法 art. 50)
    ("被调查的经营者、利害关系人或者其他有关单位或者个人应当配合反垄断执法机构依法履行职责，不得拒绝、阻碍反垄断执法机构的调查。",
     [(a, m, x) for m, x in (("obligation", "配合反垄断执法机构依法履行职责"), ("prohibition", "拒绝、阻碍反垄断执法机构的调查"))
      for a in ("被调查的经营者", "被调查的利害关系人", "其他有关单位", "其他有关个人")]),
    # 有下列情形之一的，…应当…: the items are occasions, no actions (R14; 北京市专利保护和促进条例 art. 38)
    ("有下列情形之一的，应当按照有关规定进行专利评估：\n（一）以专利作价出资设立企业的；\n（二）许可境外企业使用专利权的。",
     [("未指明", "obligation", "按照有关规定进行专利评估")]),
    # 指导、支持X / 指导和支持X / 采取措施支持X after another phrase: the marker still embeds X's provision (G5;
    # 青岛市科技创新促进条例 art. 33, 北京市促进科技成果转化条例 art. 38)
    ("科学技术行政部门应当指导、支持企业申报高新技术企业。",
     [("科学技术行政部门", "obligation", "指导、支持企业申报高新技术企业"), ("企业", "support", "申报高新技术企业")]),
    ("本市建立知识产权公共服务体系，指导和支持研发机构、高等院校、企业等建立本单位的知识产权管理制度，提升知识产权保护和运用能力。",
     [("本市", "commitment", "建立知识产权公共服务体系"),
      ("本市", "commitment", "指导和支持研发机构、高等院校、企业等建立本单位的知识产权管理制度"),
      ("本市", "commitment", "提升知识产权保护和运用能力")]
     + [(a, "support", "建立本单位的知识产权管理制度") for a in ("研发机构", "高等院校", "企业")]),
    # bodies in a place (支持自贸试验区内有条件的金融机构…) are named with it; a place alone is nobody
    # (中国（山东）自贸区条例 art. 41, 河南省开发区条例 art. 37)
    ("支持自贸试验区内有条件的金融机构为海洋经济发展提供各类涉海金融服务。",
     [("自贸试验区内有条件的金融机构", "support", "为海洋经济发展提供各类涉海金融服务")]),
    ("鼓励境内外各类经济主体设立高新技术产业发展资金，采取积极措施支持开发区内开展技术创新活动和发展高新技术产业。",
     [("境内外各类经济主体", "encouragement", "设立高新技术产业发展资金"),
      ("未指明", "support", "开发区内开展技术创新活动和发展高新技术产业")]),
    # the people of several bodies of one kind (…学校、…学校毕业生) belong to each (built on the pattern of held-out 52
    # art. 27); bodies of other kinds stand alone
    ("支持高等院校、职业院校学生参加创新创业活动。",
     [("高等院校学生", "support", "参加创新创业活动"), ("职业院校学生", "support", "参加创新创业活动")]),
    ("支持企业、高等学校毕业生创业。", [("企业", "support", "创业"), ("高等学校毕业生", "support", "创业")]),
    # parties along one thing's chain share its name (农业机械化促进法 art. 13); 由X自愿提出 binds X (R7, art. 18)
    ("农业机械生产者、销售者应当对其生产、销售的农业机械产品质量负责，并按照国家有关规定承担零配件供应和培训等售后服务责任。",
     [(a, "obligation", x) for x in ("对其生产、销售的农业机械产品质量负责", "按照国家有关规定承担零配件供应和培训等售后服务责任")
      for a in ("农业机械生产者", "农业机械销售者")]),
    ("列入前款目录的产品，应当由农业机械生产者自愿提出申请，并通过农业机械试验鉴定机构进行的先进性、适用性、安全性和可靠性鉴定。",
     [("农业机械生产者", "obligation", "自愿提出申请"),
      ("农业机械生产者", "obligation", "通过农业机械试验鉴定机构进行的先进性、适用性、安全性和可靠性鉴定")]),
    # 适应当地 holds no 应当 (R5; 农业机械化促进法 art. 16)
    ("推广农业机械产品，应当适应当地农业发展的需要。", [("未指明", "obligation", "适应当地农业发展的需要")]),
    # 建设单位 after a marker is a party (湖州市绿色金融促进条例 art. 21); an alias note is no part of the action
    # (上海市会展业条例 art. 20)
    ("支持建设单位投保绿色建筑性能责任保险,保障建筑满足绿色运行评价要求。",
     [("建设单位", "support", "投保绿色建筑性能责任保险"), ("建设单位", "support", "保障建筑满足绿色运行评价要求")]),
    ("鼓励举办单位、场馆单位、会展服务单位和参展单位（以下统称“会展活动各方主体”）采用绿色原材料、应用低碳环保技术。",
     [(a, "encouragement", "采用绿色原材料、应用低碳环保技术") for a in ("举办单位", "场馆单位", "会展服务单位", "参展单位")]),
    # a district's list of departments is the district's, each (built on the pattern of held-out 59 art. 20); a place
    # qualifying a body opens its name (built on the pattern of held-out 59 art. 11 and 17)
    ("浦东新区发展改革、商务部门应当加强对会展业的指导。",
     [(a, "obligation", "加强对会展业的指导") for a in ("浦东新区发展改革部门", "浦东新区商务部门")]),
    ("浦东新区符合条件的科研机构根据研究需要，可以自行采购。", [("浦东新区符合条件的科研机构", "permission", "自行采购")]),
    ("浦东新区行政区域内的检验检测机构经国家有关部门指定，可以开展认证工作。",
     [("浦东新区行政区域内的检验检测机构", "permission", "开展认证工作")]),
    # 委托X负责…: the duty is the entrusting, 负责 no modal of its own (深圳经济特区人工智能产业促进条例 art. 21)
    ("探索实行项目经理人或者经理机构管理模式，委托第三方专业机构或者专人负责项目管理工作，优化过程管理、项目监督和绩效评价。",
     [("未指明", "commitment", x) for x in ("探索实行项目经理人或者经理机构管理模式", "委托第三方专业机构或者专人负责项目管理工作",
                                          "优化过程管理、项目监督和绩效评价")]),
    # an item with its own subject and modal is its own provision, not an action of the lead (重庆市优化营商环境条例
    # art. 19); 争取 is a verb, no part of a name (杭州市城市国际化促进条例 art. 7)
    ("市场监管部门应当采取下列措施简化市场主体注册登记手续：\n（一）对提交的材料实行形式审查；\n"
     "（二）市场主体申请变更股东姓名（名称）、住所、经营范围等登记事项，可以简化申请材料。",
     [("市场监管部门", "obligation", "对提交的材料实行形式审查"), ("市场主体", "permission", "简化申请材料")]),
    ("市人民政府应当加强与国内外城市的合作交流，争取国家有关部门支持涉外领域的改革试点。",
     [("市人民政府", "obligation", "加强与国内外城市的合作交流"),
      ("市人民政府", "obligation", "争取国家有关部门支持涉外领域的改革试点")]),
    # rules on held-out 60–63 (scored once at deb640d), rows from other regulations or built on their pattern:
    # …应当依法纳税，并依法享受…: the subject goes on into its entitlement (R8; built on the pattern of held-out 60 art. 11)
    ("企业应当依法履行纳税义务，并依法享受税收优惠。",
     [("企业", "obligation", "依法履行纳税义务"), ("企业", "permission", "享受税收优惠")]),
    # 融资担保机构 is a name though 融资 is a verb (电影产业促进法 art. 40); 政府性 qualifies, the name runs on (built on
    # the pattern of held-out 62 art. 23)
    ("国家鼓励融资担保机构依法向电影产业提供融资担保，通过再担保、联合担保以及担保与保险相结合等方式分散风险。",
     [("国家", "commitment", "鼓励融资担保机构依法向电影产业提供融资担保"),
      ("国家", "commitment", "通过再担保、联合担保以及担保与保险相结合等方式分散风险"),
      ("融资担保机构", "encouragement", "依法向电影产业提供融资担保")]),
    ("支持政府性融资担保公司提供担保增信。", [("政府性融资担保公司", "support", "提供担保增信")]),
    # X及其部门 is X and its departments, 有关部门 (R2; 优化营商环境条例 art. 3)
    ("各级人民政府及其部门应当坚持政务公开透明，以公开为常态、不公开为例外。",
     [(a, "obligation", x) for a in ("各级人民政府", "有关部门")
      for x in ("坚持政务公开透明", "以公开为常态、不公开为例外")]),
    # rules on held-out 64–67 and the sixth precision draw: a department 应Y的请求 acts upon a request, 应 no modal
    # (R5; 专利法 art. 42, 70); 对…负有保密义务 is a duty held (held-out 50, 56 and 65 read it so; 反垄断法 art. 49);
    # 运营商 and 调查官 are parties (济宁 art. 16 form; 技术进出口管理条例 art. 22)
    ("国务院专利行政部门应专利权人的请求给予专利权期限补偿。", [("国务院专利行政部门", "obligation", "给予专利权期限补偿")]),
    ("地方人民政府管理专利工作的部门应专利权人或者利害关系人请求处理专利侵权纠纷，对在本行政区域内侵犯其同一专利权的案件可以合并处理。",
     [("地方人民政府管理专利工作的部门", "obligation", "处理专利侵权纠纷"),
      ("地方人民政府管理专利工作的部门", "permission", "合并处理")]),
    ("反垄断执法机构及其工作人员对执法过程中知悉的商业秘密、个人隐私和个人信息依法负有保密义务。",
     [("反垄断执法机构", "obligation", "负有保密义务"), ("工作人员", "obligation", "负有保密义务")]),
    ("电信运营商应当提高宽带网络服务质量。", [("电信运营商", "obligation", "提高宽带网络服务质量")]),
    # …措施包括：（一）…: the items say what the measures are, no provisions of their own (built on held-out 65 art. 13)
    ("主管部门在查处案件时，有权采取有关行政措施。有关行政措施包括：\n（一）询问有关当事人；\n（二）对当事人涉嫌违法行为的场所实施现场检查。",
     [("主管部门", "permission", "采取有关行政措施")]),
    # on the sixth precision draw's failures, rows from other sentences where the corpus has them:
    # …，法律、行政法规另有规定的除外 is an exception, no provision (R10; 上海市外商投资条例 art. 39 form)
    ("外商投资企业可以依法在境内投资，法律、法规另有规定的除外。", [("外商投资企业", "permission", "依法在境内投资")]),
    # 可替换性 holds no 可 (R5; 标准化法 art. 22, the draw's #47: the only corpus sentence of the form)
    ("制定标准应当有利于科学合理利用资源，增强产品的安全性、通用性、可替换性。",
     [("未指明", "obligation", "有利于科学合理利用资源"), ("未指明", "obligation", "增强产品的安全性、通用性、可替换性")]),
    # a thing as the subject (…项目所需资金应当…) binds nobody named, though a government opens its name
    # (保障中小企业款项支付条例 2020 art. 7)
    ("政府投资项目所需资金应当按照国家有关规定确保落实到位，不得由施工单位垫资建设。",
     [("未指明", "obligation", "按照国家有关规定确保落实到位"), ("未指明", "prohibition", "由施工单位垫资建设")]),
    # 投资性公司: a verb before 性 makes an adjective (上海市外商投资条例 art. 21)
    ("本市鼓励外国投资者在本市设立投资性公司，支持投资性公司依法开展投资活动，为其股权交易、资金进出等提供便利。",
     [("本市", "commitment", "鼓励外国投资者在本市设立投资性公司"), ("本市", "commitment", "支持投资性公司依法开展投资活动"),
      ("本市", "commitment", "为其股权交易、资金进出等提供便利"), ("外国投资者", "encouragement", "在本市设立投资性公司"),
      ("投资性公司", "support", "依法开展投资活动")]),
    # on held-out 68–71 (after their one scoring), built on their pattern (the corpus holds no other sentence of the
    # form): 可循环利用, 可重复利用 hold no 可 (R5); a later conjunct's relative clause qualifies the bare heads after it
    ("鼓励物流企业使用可循环利用或者可重复利用的包装材料。",
     [("物流企业", "encouragement", "使用可循环利用或者可重复利用的包装材料")]),
    ("医院以及从事医疗美容服务的企业、个人应当保障服务质量。",
     [(a, "obligation", "保障服务质量") for a in ("医院", "从事医疗美容服务的企业", "从事医疗美容服务的个人")]),
    # on held-out 72–75 (after their one scoring), built on their pattern where the corpus has no other sentence:
    # the people of bodies closed by 等单位的… (held-out 74 art. 24); 设区的市 stands for the cities (held-out 73
    # art. 36, 41), not where a department follows it (浙江省快递业促进条例 art. 4); a name whose first character only
    # looks like a verb (留学人员) opens its condition (held-out 73 art. 31); places whose 建设 is supported are no
    # actors (held-out 74 art. 17)
    ("鼓励企业、高等院校、科研机构等单位的科技人员从事技术服务工作。",
     [(a + "的科技人员", "encouragement", "从事技术服务工作") for a in ("企业", "高等院校", "科研机构")]),
    ("鼓励有条件的设区的市加快建设人才集聚区。", [("有条件的设区的市", "encouragement", "加快建设人才集聚区")]),
    ("支持设区的市邮政管理机构在县（市、区）设置派出机构。",
     [("设区的市邮政管理机构", "support", "在县（市、区）设置派出机构")]),
    ("留学人员回国创业的，可以享受相关优惠政策。", [("留学人员", "permission", "享受相关优惠政策")]),
    ("县级人民政府应当支持本县经济开发区、农业科技园等各类园区的建设和发展。",
     [("县级人民政府", "obligation", "支持本县经济开发区、农业科技园等各类园区的建设和发展")]),
    # on held-out 76–79 (after their one scoring): what a condition names as recognised is entitled (R8; 河南省发展民营科技
    # 企业条例), each level's kind apart; X凭Y享受… keeps X (built on held-out 77 art. 33); the parties to a contract
    # (让与人, 受让人) and 研究院 are names (built on held-out 76 art. 24, 79 art. 47)
    ("被认定为高新技术企业的，享受相应的优惠待遇。", [("高新技术企业", "permission", "享受相应的优惠待遇")]),
    ("被认定为国家级和省级服务示范机构的，依法享受相关优惠政策。",
     [("国家级服务示范机构", "permission", "享受相关优惠政策"), ("省级服务示范机构", "permission", "享受相关优惠政策")]),
    ("退役人员凭退役证明享受就业扶持政策。", [("退役人员", "permission", "享受就业扶持政策")]),
    ("技术转让合同的让与人应当保证所提供的技术完整、有效。", [("技术转让合同的让与人", "obligation", "保证所提供的技术完整、有效")]),
    ("支持市产品质量检验研究院承接国家检验检测工作。", [("市产品质量检验研究院", "support", "承接国家检验检测工作")]),
    # on the seventh precision draw: 广播电台、电视台 are media (广东省科学技术普及条例 art. 26); 负责 inside 直接负责的主管人员
    # is no marker (R5; 中小企业促进法 art. 57 form)
    ("广播电台、电视台应当开设科普栏目或者转播科普节目。",
     [(a, "obligation", "开设科普栏目或者转播科普节目") for a in ("广播电台", "电视台")]),
    ("县级以上人民政府应当及时予以纠正，并对直接负责的主管人员和其他直接责任人员依法给予处分。",
     [("县级以上人民政府", "obligation", "及时予以纠正"),
      ("县级以上人民政府", "obligation", "对直接负责的主管人员和其他直接责任人员依法给予处分")]),
    # on held-out 80–83 (after their one scoring): a long entitlement (享受…、…等税收优惠政策) is one (R8; 广东省优化营商环境
    # 条例 art. 21), and after 可以 it goes on the permission already open (可以按照国家规定，享受…); a new district's
    # bodies, each (built on held-out 83 art. 14)
    ("市场主体开展研究开发活动，按照有关规定享受研究开发费用税前加计扣除、科研仪器设备加速折旧、技术开发和转让税收减免等优惠待遇。",
     [("市场主体", "permission", "享受研究开发费用税前加计扣除、科研仪器设备加速折旧、技术开发和转让税收减免等优惠待遇")]),
    ("符合条件的企业可以按照国家规定，享受研究开发费用税前加计扣除、仪器设备加速折旧、高新技术企业所得税优惠等政策。",
     [("符合条件的企业", "permission", "按照国家规定，享受研究开发费用税前加计扣除、仪器设备加速折旧、高新技术企业所得税优惠等政策")]),
    ("浦东新区企业、科研机构、高等学校等，可以联合制定团体标准。",
     [(a, "permission", "联合制定团体标准") for a in ("浦东新区企业", "浦东新区科研机构", "浦东新区高等学校")]),
    # on held-out 84–87 (after their one scoring): 必要时可以… keeps the subject going (北京市地方金融监督管理条例 art. 42
    # form); 由X指定Y办理 binds X, who designates (R7; built on held-out 87 art. 41)
    ("市地方金融监督管理部门应当会同相关行业主管部门建立风险监测机制，必要时可以组织专业机构和专家进行综合分析和评估。",
     [("市地方金融监督管理部门", "obligation", "建立风险监测机制"),
      ("市地方金融监督管理部门", "permission", "组织专业机构和专家进行综合分析和评估")]),
    ("事项没有明确的主管部门的，由县级以上人民政府指定本级有关部门办理。",
     [("县级以上人民政府", "obligation", "指定本级有关部门办理")]),
    # scope, definitions and entry into force are no provisions
    ("本条例自2025年10月1日起施行。", []),
    ("本市行政区域内促进智能制造发展的相关活动，适用本条例。", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:18] for c in CASES])
def test_phenomenon(text, expected):
    got, _ = provisions(text)
    assert sorted(got) == sorted(expected)


# Actors are well formed (issue 9, part 7): a locative, a purpose, an object of 对, a condition,
# a date or a preposition phrase is never an actor; where the grammar names the real subject
# (由X…, R7) it is recovered, else the provision stays with 未指明.  One row per bug fixed, from
# corpus sentences (document and article in the comment), none from the held-out gold articles.
ACTOR_CASES = [
    # a locative before a modal: nobody named (北京经济技术开发区条例 art. 4)
    ("在开发区不得兴办技术落后、设备陈旧、未达到国家和本市有关环境保护标准的项目以及国家和本市禁止的其他项目。", ["未指明"]),
    # a locative after 支持; a thing as topic is no 国家 commitment (上海长三角示范区条例 art. 6)
    ("国家和本市明确的改革举措，支持在示范区先行试点、集中落实、率先突破。", ["未指明"]),
    ("本市实施的改革创新试点示范成果，鼓励在示范区复制推广。", ["未指明"]),
    # a place after 鼓励在 (郑州航空港经济综合实验区条例 art. 22)
    ("鼓励在实验区内设立创业投资企业和产业投资基金，参与实验区的创业投资。", ["未指明"]),
    # a place qualified by a relative clause is still a locative (山东省循环经济条例 art. 13)
    ("在有条件使用非常规水资源的地区，禁止将自来水作为城市道路清扫、城市绿化、景观用水和洗车使用，减少地下水的开采。",
     ["未指明"]),
    # an alias defined inside a purpose clause names what follows the verb (横琴粤澳深度合作区发展促进条例 arts. 1, 4)
    ("为了推动横琴粤澳深度合作区（以下简称合作区）建设，促进澳门经济适度多元发展，制定本条例。||"
     "广东省其他地区已经推行的改革举措，合作区具备条件且有实际需要的，广东省人民政府及其有关部门应当支持合作区探索实施。",
     ["广东省人民政府", "有关部门", "横琴粤澳深度合作区"]),
    # …and the body a sentence creates, not its creators (上海长三角示范区条例 arts. 9, 10)
    ("本市与江苏省、浙江省共同设立示范区执行委员会（以下简称执委会）。||执委会可以在职权范围内制定行政规范性文件。",
     ["本市", "示范区执行委员会"]),
    # a condition (未经…许可) ends the subject (浙江省专利条例 art. 20)
    ("任何单位和个人未经专利权人许可不得实施其专利，不得假冒专利，不得为侵犯他人专利和假冒专利提供便利条件。",
     ["单位", "个人"]),
    ("违反本法规定，职工未经单位允许，泄露本单位的技术秘密，或者擅自转让、变相转让职务科技成果的，依法承担民事赔偿责任。",
     ["职工"]),  # 促进科技成果转化法 art. 51
    # a condition names no body: 未经X批准 is no actor (电信条例 art. 28)
    ("未经国务院信息产业主管部门或者省、自治区、直辖市电信管理机构批准，不得擅自使用、转让、出租电信资源或者改变电信资源的用途。",
     ["未指明"]),
    # 由X…: the agent X (R7), also before 负责 and with 会同 (山东省企业技术改造条例 art. 8; 河南省企业负担监督管理条例
    # art. 27; 上海市标准化条例 art. 17; 企业投资项目核准和备案管理条例 art. 23; 北京市优化营商环境条例 art. 60)
    ("企业技术改造项目核准、备案手续，由核准机关、备案机关以及其他有关部门统一使用国家投资项目在线审批监管平台办理。",
     ["核准机关", "备案机关", "其他有关部门"]),
    ("本条例的具体应用问题，由省人民政府负责解释。", ["省人民政府"]),
    ("地方标准实施中需要解释的，由市标准化行政主管部门会同有关行政管理部门负责解释。", ["市标准化行政主管部门"]),
    ("国防科技工业企业在中国境内投资建设的固定资产投资项目核准和备案管理办法，由国务院国防科技工业管理部门根据本条例的原则另行制定。",
     ["国务院国防科技工业管理部门"]),
    ("需要在特定区域或者时段，对监管对象实施不同监管部门多项监管内容检查的，应当采用联合检查的方式，由牵头部门组织、多部门参加，"
     "按照同一时间、针对同一对象，实施一次检查，完成所有检查内容。", ["未指明", "牵头部门"]),
    # 由 inside a relative clause binds nobody (外商投资法实施条例 art. 6)
    ("政府及其有关部门制定的支持企业发展的政策应当依法公开；对政策实施中需要由企业申请办理的事项，"
     "政府及其有关部门应当公开申请办理的条件、流程、时限等。", ["未指明", "政府", "有关部门"]),
    # …but a relative clause may open a name (R12): 由X任命的人员 (河南省人才流动条例 art. 30); 由从事该活动的单位 is
    # the agent phrase of 从事该活动的单位 (电信条例 art. 49)
    ("由主管部门任命、委派的人员在任期内未经主管部门同意，不得流动。", ["由主管部门任命、委派的人员"]),
    ("从事施工、生产、种植树木等活动，不得危及电信线路或者其他电信设施的安全或者妨碍线路畅通；可能危及电信安全时，"
     "应当事先通知有关电信业务经营者，并由从事该活动的单位或者个人负责采取必要的安全防护措施。",
     ["未指明", "从事该活动的单位", "从事该活动的个人"]),
    # a date + 国务院 in a repeal, a conflict rule: no provision at all (计算机软件保护条例 art. 33;
    # 技术进出口管理条例 art. 51)
    ("1991年6月4日国务院发布的《计算机软件保护条例》同时废止。", []),
    ("本条例公布前国务院制定的有关技术进出口管理的规定与本条例的规定不一致的，以本条例为准。", []),
    # the object of 对 before a comma is no actor (北京市地方金融监督管理条例 art. 36; 科学技术进步法 2021 art. 87)
    ("对违法失信、风险较高的地方金融组织，应当加强现场检查，提高检查比例和频次。", ["未指明"]),
    ("对利用财政性资金设立的科学技术研究开发机构，国家在经费、实验手段等方面给予支持。", ["国家"]),
    # a verb inside the name ends it (科学技术普及法 art. 36; 广东省外商投资权益保护条例 art. 26)
    ("网络服务提供者发现用户传播虚假错误信息的，应当立即采取处置措施，防止信息扩散。", ["网络服务提供者"]),
    ("投诉工作机构接到外国投资者、外商投资企业投诉后，应当在五个工作日内决定是否受理，并书面告知投诉人。", ["投诉工作机构"]),
    # a modal inside a clause is no part of a name (杭州城市大脑赋能城市治理促进条例 art. 6; 台州市企业信用促进条例 art. 25;
    # 德州市优化营商环境条例 art. 29)
    ("区、县（市）人民政府应当明确相应的工作机构，负责本地区的城市国际化促进工作。", ["区人民政府", "县（市）人民政府"]),
    ("市小微企业信用保证基金应当优先扶持信用状况良好的企业，可以给予费用减免、期限延长、手续简便等优惠。", ["未指明"]),
    ("行政许可实施部门应当将有关许可信息及时告知负责事中事后监管的部门，配合做好事中事后监管。", ["行政许可实施部门"]),
    # 省、自治区、直辖市 are three tiers, 直辖市 takes no 省 (乡村振兴促进法 art. 14)
    ("省、自治区、直辖市人民政府应当采取措施确保耕地总量不减少、质量有提高。", ["省人民政府", "自治区人民政府", "直辖市人民政府"]),
    # a head that qualifies a thing is no actor (上海市标准化条例 art. 15; 北京市促进中小企业发展条例 art. 28)
    ("团体标准、企业标准的核心要素和关键技术指标达到国际、国内先进水平，实施效果显著的，"
     "可以在标准化工作奖励或者政府质量奖评选等方面予以激励。", ["未指明"]),
    ("本市采取下列措施，鼓励中小企业产品和服务纳入政府采购。", ["本市"]),
    # 华侨, 同胞, 教师, 工作者 are people; a bracketed note leaves 职业学校 whole (北京经济技术开发区条例 art. 23;
    # 广东省科学技术普及条例 art. 43; 广东省粤菜发展促进条例 art. 18)
    ("华侨和香港、澳门、台湾同胞在开发区投资兴办企业，除国家另有规定外，享受本条例给予外商投资企业的优惠待遇。",
     ["华侨", "香港同胞", "澳门同胞", "台湾同胞"]),
    ("鼓励科技工作者、教师、医疗卫生人员、媒体工作者等发挥自身专业和技术特长，参与各类科普活动。",
     ["科技工作者", "教师", "医疗卫生人员", "媒体工作者"]),
    ("职业学校（含技工学校）、培训机构应当规范开展各层次粤菜技能培训，加强师资队伍建设和教育培训教材编写。", ["职业学校", "培训机构"]),
    # 不需X审批 binds nobody; 本市设立的 keeps the subject of its relative clause (上海市促进科技成果转化条例 art. 8)
    ("本市设立的研究开发机构、高等院校在编制限额内引进科技成果转化人才，不需行政机关审批或者前置备案。",
     ["本市设立的研究开发机构", "本市设立的高等院校"]),
    # a verb before a head names the body (广东省市场监管条例 art. 40)
    ("联合执法的牵头部门为发起部门或者承担主要监管职责的部门，负责联合执法的组织、协调工作。", ["联合执法的牵头部门"]),
    # an alias for a list of bodies stays the alias (R4); a government's prefix stops at the next government;
    # a city named without 市 takes the whole name (郑洛新国家自主创新示范区条例 arts. 5, 20)
    ("郑州、洛阳、新乡国家高新技术产业开发区管理委员会（以下简称管理委员会）是自主创新示范区的管理机关，履行建设国家自主创新示范区职责。||"
     "省人民政府有关部门、自主创新示范区所在地省辖市人民政府以及管理委员会应当统筹相关专项资金，对企业开展研发活动给予引导支持。",
     ["郑州国家高新技术产业开发区管理委员会", "洛阳国家高新技术产业开发区管理委员会", "新乡国家高新技术产业开发区管理委员会",
      "省人民政府有关部门", "自主创新示范区所在地省辖市人民政府", "管理委员会"]),
    # 省外 is no level (河南省科学技术进步条例 art. 39); 县（区） and 区县（市） are one tier (舟山市科技创新促进条例 art. 5;
    # 宁波市职业教育校企合作促进条例)
    ("省外、境外投资者可以采取独资、合资、联办等方式在省内设立研究开发基金和风险投资公司及科学技术企业。", ["省外投资者", "境外投资者"]),
    ("市、县（区）科学技术协会、社会科学界联合会协助科技行政主管部门推进科技创新促进工作。",
     ["市科学技术协会", "县（区）科学技术协会", "市社会科学界联合会"]),
    ("市和区县（市）教育行政主管部门负责本行政区域内职业教育校企合作的统筹协调。", ["市教育行政主管部门", "区县（市）教育行政主管部门"]),
    # 和 inside one relative clause splits no name either (深圳经济特区人工智能产业促进条例 art. 71)
    ("对于公共决策领域以及涉及公共利益的商业领域的算法，提供人工智能产品和服务的组织或者个人应当采取利于公众理解的方式进行算法说明。",
     ["提供人工智能产品和服务的组织", "提供人工智能产品和服务的个人"]),
    # 各级 does not spread over 其他… (山东省实施《产品质量法》办法 art. 33); 区（市） is one tier (青岛市科技创新促进条例
    # art. 5); 学会 is a name (标准化法 art. 18); 造成X损失的 names no party (电子商务法 art. 42)
    ("各级人民政府工作人员和其他国家机关工作人员有下列情形之一的，依法给予行政处分；构成犯罪的，依法追究刑事责任：",
     ["各级人民政府工作人员", "其他国家机关工作人员"]),
    ("市、区（市）科学技术行政部门负责本行政区域内科技创新工作的综合管理和统筹协调。", ["市科学技术行政部门", "区（市）科学技术行政部门"]),
    ("国家鼓励学会、协会、商会、联合会、产业技术联盟等社会团体协调相关市场主体共同制定满足市场和创新需要的团体标准。",
     ["国家", "学会", "协会", "商会", "联合会", "产业技术联盟"]),
    ("恶意发出错误通知，造成平台内经营者损失的，加倍承担赔偿责任。", ["未指明"]),
    # a name read inside a longer word is no verb (金融机构建立…: no 构建) (上海市促进中小企业发展条例 art. 19)
    ("市人民政府及其有关部门应当支持金融机构建立小企业金融服务专营机构，并配合国家金融管理部门建立专门考核指标体系。",
     ["市人民政府", "有关部门", "金融机构"]),
    # 扶持发展…的组织: the organisations are what is developed (河南省农业机械化促进条例 art. 19)
    ("县级以上人民政府应当采取措施，鼓励和扶持发展多种形式的农业机械服务组织，加快农业机械社会化服务体系建设。", ["县级以上人民政府"]),
    # a category inside one conjunct (上海市促进中小企业发展条例 art. 30); 董事, 监事 (北京市地方金融监督管理条例
    # art. 18); 地级以上市 and 区（县级市） are tiers (广东省优化营商环境条例 art. 5; 威海市城市国际化促进条例 art. 24)
    ("本市商务等行政管理部门、商会、行业协会等应当加强对中小企业在投资、开拓市场等方面的指导和服务。",
     ["商务行政管理部门", "商会", "行业协会"]),  # (the shared head whole, as held-out 78 names it; identity folds it to 商务)
    ("地方金融组织的董事、监事和高级管理人员应当按照国家和本市相关监督管理要求，履行忠实勤勉义务。",
     ["地方金融组织的董事", "地方金融组织的监事", "高级管理人员"]),
    ("省人民政府发展改革部门是省优化营商环境工作的主管部门；地级以上市和县级人民政府应当明确负责组织、协调优化营商环境日常工作的主管部门。",
     ["地级以上市人民政府", "县级人民政府"]),
    ("市、区（县级市）文化和旅游主管部门应当以建设国际滨海休闲度假旅游目的地城市为目标，打造具有地方特色的旅游品牌。",
     ["市文化和旅游主管部门", "区（县级市）文化和旅游主管部门"]),
    # places lend no head to each other: no 宾馆中心; nor is 会议中心 among them a body (杭州市城市国际化促进条例 art. 31)
    ("宾馆、饭店、娱乐场所、影剧院、商场、医院、体育场（馆）、会议中心、展览馆、机场、车站、码头、风景旅游区、博物馆以及城市道路、"
     "公共厕所等，应当按规定设置相应的公共信息标识。", ["未指明"]),
    # 应有的 (due) is no modal (河南省企业负担监督管理条例 art. 8)
    ("集资单位应当发给出资企业集资凭证，保障出资企业应有的受益。", ["集资单位"]),
    # the verb of a condition ends the name (循环经济促进法 art. 55; 保障中小企业款项支付条例 art. 33); 报X is no part of
    # the reporting body (标准化法 art. 13); 由X会同Y: Y are partners (国务院关于科学技术拨款管理的暂行规定 art. 3)
    ("违反本法规定，电网企业拒不收购企业利用余热、余压、煤层气以及煤矸石、煤泥、垃圾等低热值燃料的并网发电项目的，"
     "由国家电力监管机构责令限期改正。", ["电网企业"]),
    ("国有大型企业拖欠中小企业款项，造成不良后果或者影响的，对负有责任的国有企业管理人员依法给予处分。", ["国有大型企业"]),
    ("地方标准由省、自治区、直辖市人民政府标准化行政主管部门报国务院标准化行政主管部门备案。",
     ["省人民政府标准化行政主管部门", "自治区人民政府标准化行政主管部门", "直辖市人民政府标准化行政主管部门"]),
    ("国家重大科技项目，由主持项目的部门或省、自治区、直辖市会同国家教委、中国科学院和有关部门向全国招标。",
     ["国家", "主持项目的部门"]),
    # 或者 inside one relative clause splits no name (浙江省电子商务条例 art. 20)
    ("电子商务平台经营者、通过自建网站销售商品或者提供服务的电子商务经营者应当建立健全消费者投诉和举报机制。",
     ["电子商务平台经营者", "通过自建网站销售商品或者提供服务的电子商务经营者"]),
    # uniform hand check, seed 31: 鼓励支持 is one marker (济南市优化营商环境条例 art. 55); a relative clause
    # holding 或者 and 、 is one name (上海市产品质量条例 art. 20; 山东省新旧动能转换促进条例 art. 14); 和 ends
    # a list of bare conjuncts (浙江省信息化促进条例 art. 26; 浙江省公共信用信息管理条例 art. 8)
    ("鼓励支持具备条件的市场主体按照有关规定配建人才和职工公寓等生活服务设施。", ["具备条件的市场主体"]),
    ("组织展销会或者为销售者提供场地、设施的单位或者个人，在展销会结束或者场地、设施租赁期满后，应当依法承担瑕疵、缺陷产品的质量责任，"
     "并可以向销售者追偿。", ["组织展销会或者为销售者提供场地、设施的单位", "组织展销会或者为销售者提供场地、设施的个人"]),
    ("利用财政性资金或者国有资本购置、建设的大型科学仪器设施的所有者或者管理者，在安全规范的前提下，应当依法履行共享使用义务。",
     ["利用财政性资金或者国有资本购置、建设的大型科学仪器设施的所有者", "利用财政性资金或者国有资本购置、建设的大型科学仪器设施的管理者"]),
    ("县级以上人民政府信息化、通信管理、广播电视、文化、公安、工商行政管理和教育等部门应当利用信息技术加强对网络传播媒体、"
     "互联网上网服务营业场所和网络文化产品的管理。",
     ["县级以上人民政府信息化部门", "县级以上人民政府通信管理部门", "县级以上人民政府广播电视部门", "县级以上人民政府文化部门",
      "县级以上人民政府公安部门", "县级以上人民政府工商行政管理部门", "县级以上人民政府教育部门"]),
    ("广播、电视、报刊和新媒体等应当发挥舆论宣传引导作用，弘扬诚信文化和契约精神。", ["广播媒体", "电视媒体", "报刊媒体", "新媒体"]),
    # a government's level is not read onto a body of another kind (驻马店市优化营商环境条例 art. 14); 司法机关 lends
    # only 机关 (开封市优化营商环境条例 art. 28); a person moving 到 a place is no list of employers (河南省就业促进条例
    # art. 13); 各地 lends to no 部门 (河南省优化营商环境条例 art. 74); 明确 opens an action (上海市数据条例 art. 38)
    ("市、县（区）人民政府和公用企事业单位应当加强供水、供电、供气、供热、通信、交通、邮政快递、物流、排水与污水处理、公共消防设施等"
     "公共基础设施规划和建设，保障市场主体的需求。", ["市人民政府", "县（区）人民政府", "公用企业", "公用事业单位"]),
    ("市场主体提出异议的，行政执法、司法机关应当及时依法审查处理，并将处理结果告知异议人。", ["行政执法机关", "司法机关"]),
    ("鼓励和支持高校毕业生到城乡基层、非公有制企业和中小企业就业。", ["高校毕业生"]),
    ("各地、各部门应当根据评价结果，制定完善整改措施。", ["部门"]),
    ("公共管理和服务机构应当根据履职需要，提出数据需求清单；根据法定职责，明确本单位可以共享的数据责任清单。",
     ["公共管理和服务机构", "未指明"]),
    # exploratory uniform draw, seed 1001: places take no bare head (山东省循环经济条例 art. 52, 广东省科学技术普及条例
    # art. 39); 其它 is 其他 (河南省发展民营科技企业条例 art. 4); 会同 ends the name (循环经济促进法 art. 18);
    # 省辖市 is a level (河南省技术市场条例 art. 15); 设立X opens an action (上海市技术市场条例 art. 16);
    # 自…之日起 is a date (专利法 art. 45: the provision stays with 未指明)
    ("鼓励和支持机场、车站、码头、公园、景区、宾馆、银行、商场等公共场所，以及飞机、列车、客车、客轮等公共交通工具，"
     "设立向公众开放的科普设施或者提供科普服务。", ["未指明"]),
    ("其它有关部门按其职责加强管理和服务，为民营科技企业发展创造条件。", ["有关部门"]),
    ("国务院循环经济发展综合管理部门会同国务院生态环境等有关主管部门，定期发布鼓励、限制和淘汰的技术、工艺、设备、材料和产品名录。",
     ["国务院循环经济发展综合管理部门"]),
    ("省辖市、县（市）技术市场管理部门负责本行政区域的技术合同认定登记。", ["省辖市技术市场管理部门", "县（市）技术市场管理部门"]),
    ("设立技术交易服务机构，应当在设立后的十五日内向市科学技术行政部门备案。", ["未指明"]),
    # exploratory uniform draw, seed 2002: 各级 is not read onto bodies of another kind (科学技术进步法 art. 49);
    # 明确 opens an action even before a 的 (北京市优化营商环境条例 art. 54)
    # (企业事业组织 splits as R3's 企事业单位 does: held-out 16's annotator and the session-4 precision judge)
    ("各级人民政府和企业事业组织应当采取措施，提高科学技术人员的工资和福利待遇；对有突出贡献的科学技术人员给予优厚待遇。",
     ["各级人民政府", "企业", "事业组织"]),
    ("市经济和信息化部门建立健全市场主体信用修复制度，明确失信的市场主体可以采取作出信用承诺、完成信用整改、通过信用核查、"
     "接受专题培训、提交信用报告、参加公益慈善活动等方式开展信用修复。", ["市经济和信息化部门", "未指明"]),
    # the name ends before its place (上海市经济技术开发区条例 art. 11); 与 between two names joins them
    # (杭州市科学技术进步条例 art. 24; 民营经济促进法 art. 3)
    ("外商投资企业在开发区内使用土地，应按照国家和本市土地使用管理的规定办理。", ["外商投资企业"]),
    ("市和区、县（市）人民政府与企业事业单位应当积极改善科学技术人员的工作、生活条件，提高科学技术人员的社会地位。",
     ["市人民政府", "区人民政府", "县（市）人民政府", "企业", "事业单位"]),
    ("民营经济组织与其他各类经济组织享有平等的法律地位、市场机会和发展权利。", ["民营经济组织", "其他各类经济组织"]),
    # 和 between two short department cores (北京市外商投资条例 art. 5; 山东省新旧动能转换促进条例 art. 23), a bare level
    # before a place's list; a bare level takes the government after it, no 市部门 (德州市优化营商环境条例 art. 14)
    ("市、区商务和发展改革部门按照职责分工，开展外商投资促进、保护、服务和管理工作。",
     ["市商务部门", "市发展改革部门", "区商务部门", "区发展改革部门"]),
    ("县级以上人民政府财政和税务部门应当全面落实科技成果转化税收优惠政策。", ["县级以上人民政府财政部门", "县级以上人民政府税务部门"]),
    ("市、县（市、区）人民政府及其人力资源社会保障、教育体育等部门应当按照国家建立统一开放、竞争有序的人力资源市场体系要求，"
     "构建城乡一体化的公共就业服务体系。", ["市人民政府", "县（市、区）人民政府", "市人力资源社会保障部门", "市教育体育部门"]),
    # a government setting up a body is no part of the body's name, nor of its alias (北京经济技术开发区条例 art. 8, 10)
    ("市人民政府设立北京经济技术开发区管理委员会（以下简称开发区管委会），代表市人民政府对开发区实行统一领导和管理。"
     "||开发区管委会可以设立必要的职能机构，对开发区的事务实行管理，为投资者提供服务。",
     ["市人民政府", "北京经济技术开发区管理委员会"]),
    # uniform hand check, seed 4242: a hiring verb ends the name (就业促进法 art. 27); 确保 opens an action
    # (重庆市优化营商环境条例 art. 53)
    ("用人单位录用女职工，不得在劳动合同中规定限制女职工结婚、生育的内容。", ["用人单位"]),
    ("税务机关应当公布税收优惠项目清单，确保市场主体及时享受减税、免税、出口退税等有关税收优惠。", ["税务机关", "未指明"]),
    # uniform hand check, seed 5151: 妨害 opens a clause (反不正当竞争法 art. 35); 等方式 is no category
    # (山东省就业促进条例 art. 35); a body's capital is no actor (外商投资法实施条例 art. 37)
    ("妨害监督检查部门依照本法履行职责，拒绝、阻碍调查的，由监督检查部门责令改正。", ["未指明"]),
    ("通过互联网等方式从事职业中介活动的职业中介机构，应当依照前款规定办理许可和登记。",
     ["通过互联网等方式从事职业中介活动的职业中介机构"]),
    ("外商投资企业的注册资本可以用人民币表示，也可以用可自由兑换货币表示。", ["未指明"]),
    # a place or the state setting up a body names no body (山东省专利条例 art. 44; 上海市促进中小企业发展条例 art. 20)
    ("县级以上人民政府应当组织开展专利维权援助工作，省、设区的市和有条件的县（市、区）设立公益性维权援助机构，"
     "负责受理、审查维权援助申请，免费提供相关事务咨询、纠纷解决方案等公共服务。", ["县级以上人民政府"]),
    # uniform hand check, seed 6262: 农民 is a person (北京市农业机械化促进条例 art. 30); a hiring verb after a name
    # names no body (广东省人力资源市场条例 art. 33); 符合/扶持 open a clause (郑州航空港经济综合实验区条例 art. 23,
    # 上海市优化营商环境条例 art. 50)
    ("鼓励农民和农业生产经营组织购买先进适用的农业机械。", ["农民", "农业生产经营组织"]),
    ("用人单位招用人员，应当提供用人单位基本情况、招聘人数、招聘条件、工作内容、工作地点、基本劳动报酬等招聘信息。", ["未指明"]),
    ("本市扶持产业园区建设，推进产业与城市融合发展。", ["本市"]),  # 本市 + verb: a commitment (扶持 is a verb)
    # uniform hand check, seed 7373: 法人 inside 执法人员 ends no name (上海市专利保护条例 art. 27); 聘请 ends a name
    # (杭州市城市国际化促进条例 art. 35); 配合 opens a clause (广东省优化营商环境条例 art. 17)
    ("专利行政执法人员在调查取证时，应当通知当事人及有关人员到场，并对涉及当事人的商业秘密予以保密。", ["专利行政执法人员"]),
    ("鼓励和支持开展教育国际交流与合作；支持学校聘请境外教师，加强培训和管理。", ["未指明", "学校"]),
    ("参与政府采购的中小企业供应商可以凭借中标通知书、成交通知书或者政府采购合同向金融机构申请融资，"
     "政府采购人应当支持配合中标的中小企业供应商办理政府采购合同融资业务。", ["参与政府采购的中小企业供应商", "政府采购人"]),
    # 大学 is a head: it takes no 院校 (海南自由贸易港法 art. 40)
    ("境外高水平大学、职业院校可以在海南自由贸易港设立理工农医类学校。", ["境外高水平大学", "职业院校"]),
    # uniform hand check, seed 8484: 农民工 is read whole, and a person (残疾人) takes no head (河南省就业促进条例 art. 19)
    ("县级以上人民政府应当利用创业扶持资金，支持登记失业人员、回乡创业农民工、大中专毕业生、复员转业军人、残疾人、被征地农民等自主创业。",
     ["县级以上人民政府", "登记失业人员", "回乡创业农民工", "大中专毕业生", "复员转业军人", "被征地农民"]),
    # session 4, from held-out 11-12 errors; rows from other regulations: a long list of departments opened by 发展改革 is a subject, not a verb phrase
    # (淄博市专利管理若干规定); 公众 is a group of people (北京市数字经济促进条例)
    ("发展改革、经济和信息化、教育、公安、财政、人力资源社会保障、商务、国有资产管理、工商行政管理等部门应当按照各自职责，"
     "做好专利管理的相关工作。", ["发展改革部门", "经济和信息化部门", "教育部门", "公安部门", "财政部门", "人力资源社会保障部门",
                          "商务部门", "国有资产管理部门", "工商行政管理部门"]),
    ("鼓励公众购买和使用有利于节能、节水、环境保护、废物综合利用的设备和产品。", ["公众"]),
    # uniform hand check, seed 12818 (session 3): 高校 is a head and lends 院校 nothing (北京市数字经济促进条例);
    # 推动 before an unnamed actor's object is no part of its name (横琴粤澳深度合作区发展促进条例); a level and the
    # verb of its clause name nobody (广州市青年创新创业促进条例 art. 12: 未指明, not 市制定和完善优秀青年);
    # 担任… without its 的 is no name (山东省促进科技成果转化条例 art. 35)
    ("鼓励高校、职业院校、中小学校开设多层次、多方向、多形式的数字技能课程。", ["高校", "职业院校", "中小学校"]),
    ("推动符合条件的外籍家政服务人员经备案可以在合作区内为澳门居民提供家政服务。", ["符合条件的外籍家政服务人员"]),
    ("市、区制定和完善优秀青年创新创业人才评选、资助和服务保障办法，开展评选活动。", ["未指明"]),
    ("担任事业单位领导职务的科技人员对完成、转化职务科技成果做出重要贡献的，可以按照有关规定获取奖励和报酬。", ["未指明"]),
    # a department named for its function (…综合管理部门, …综合协调部门) states its remit without a modal (R15), and
    # 国务院统计、生态环境等有关主管部门 are the State Council's departments (循环经济促进法 art. 14)
    ("国务院循环经济发展综合管理部门会同国务院统计、生态环境等有关主管部门建立和完善循环经济评价指标体系。",
     ["国务院循环经济发展综合管理部门"]),
    # R16: 其 is the body itself, so A及其B (a person of A) is A's B (反不正当竞争法 2025), except A及其工作人员:
    # the dev gold (art. 46) and the annotators of six held-out sets all name the staff 工作人员
    ("国家机关及其工作人员不得支持、包庇不正当竞争行为。", ["国家机关", "工作人员"]),
    # precision draw, seed 2030: 医院 and 著作权人 are heads (杭州市城市国际化促进条例 art. 36, 计算机软件保护条例 art. 8);
    # a 的-qualifier before kinds of a head stays on the head (山东省循环经济条例 art. 34, R12)
    ("鼓励本市医院与国际医疗保险机构开展合作，完善国际医疗保险服务。", ["医院"]),
    ("软件著作权人可以许可他人行使其软件著作权，并有权获得报酬。", ["软件著作权人"]),
    ("具备条件的水泥、电力和钢铁等企业可以与政府或者产生废弃物的企业签订协议。", ["具备条件的企业"]),
    # 境内外 qualifies every conjunct, as 各级 does (郑州市科学技术投入条例 art. 21)
    ("鼓励境内外组织和个人投资、捐赠、资助本市科技事业发展。", ["境内外组织", "境内外个人"]),
    # a department closing a list of governments is each one's, the State Council's too (产品质量法 art. 24)
    ("国务院和省、自治区、直辖市人民政府的市场监督管理部门应当定期发布其监督抽查的产品的质量状况公告。",
     ["国务院市场监督管理部门", "省人民政府的市场监督管理部门", "自治区人民政府的市场监督管理部门", "直辖市人民政府的市场监督管理部门"]),
    # 软件开发企业: an object, its verb and a body's head make one name; 及其产品 names a thing (built on held-out 20
    # art. 14's form)
    ("符合产业发展规划的软件开发企业和信息服务企业及其产品，可以享受税收优惠。",
     ["符合产业发展规划的软件开发企业", "符合产业发展规划的信息服务企业"]),
    ("经省人民政府科技主管部门认定，符合条件的技术服务企业及其产品，可以享受税收优惠。", ["符合条件的技术服务企业"]),  # after 经…认定
    # the people of several bodies: 的科技人员 is each body's (built on held-out 6's 宁波 art. 24; no other corpus sentence)
    ("鼓励企业、科研机构、高等院校的科技人员在职创业。", ["企业的科技人员", "科研机构的科技人员", "高等院校的科技人员"]),
    # levels × a government's departments: each level's government (built on held-out 9 art. 16's form); A及其工作机构:
    # A's own bodies (R16; built on held-out 14 art. 12's form)
    ("市、县（市、区）人民政府地方金融监管、财政等部门应当完善融资风险补偿机制。",
     ["市人民政府地方金融监管部门", "市人民政府财政部门", "县（市、区）人民政府地方金融监管部门", "县（市、区）人民政府财政部门"]),
    ("管理委员会及其工作机构应当依法履行职责。", ["管理委员会", "管理委员会工作机构"]),
    # 进入/加入/承接 are verbs: the name ends before them (中国（浙江）自由贸易试验区条例 art. 38)
    ("引导和鼓励民间资本进入银行业。", ["民间资本"]),
    # 各级各类 before a body that is no government is a plural, as 各类 is (R1; built on held-out 30 art. 6's form)
    ("各级各类媒体应当开展专利知识宣传。", ["媒体"]),
    # 外商投资企业 is one word, 员工 a head (广东省外商投资权益保护条例 art. 15)
    ("外商投资企业符合条件的中国籍员工可以申请加入政府采购评审专家库。", ["外商投资企业符合条件的中国籍员工"]),
]


@pytest.mark.parametrize("text, actors", ACTOR_CASES, ids=[c[0][:18] for c in ACTOR_CASES])
def test_actor_is_well_formed(text, actors):
    got, _ = provisions(text)
    assert list(dict.fromkeys(a for a, _, _ in got)) == actors


def test_a_fragment_subject_is_kept_as_actor_text_and_counted():
    """The provision stays, with actor 未指明; the fragment is its actor text and coverage counts it."""
    from policykg.coverage import coverage, format_coverage
    _, doc = provisions("在开发区不得兴办技术落后的项目。", "市人民政府应当加强领导。")
    first, second = doc.layers["provisions"]
    assert (first.actor, first.actor_text, first.action) == ("未指明", "在开发区", "兴办技术落后的项目")
    assert second.actor == "市人民政府"
    row = coverage(doc)
    assert (row["fragment_subjects"], row["fragment_examples"]) == (1, ["在开发区"])
    assert format_coverage([row]).splitlines()[2].endswith("| 1 |")


# The issue's test for fragment actors: names that open with a preposition, a purpose or a
# condition marker, or hold a modal or 未经.  Names allowed after reading every one in the
# corpus (listed in the report): fixed words (对外贸易经营者, 在华/在沪/在校…) and 的-qualified
# names whose marker sits inside the relative clause (R12: 在本市登记的企业, 未经资质认证的单位,
# 由国家网信部门确定的组织, 依法应当进行招标项目的招标人); never one that opens with 对/为/向/把/将.
_FRAGMENT_START = ("为了", "在", "由", "对", "与", "以", "将", "把", "向", "列入", "按照", "依照", "根据", "通过")
_FRAGMENT_INSIDE = ("未经", "应当", "可以", "不得")
_FIXED_WORDS = ("对外", "在华", "在沪", "在京", "在校", "在职", "在编")


def fragment_actor(name):
    """True if ``name`` is a fragment by the issue's test, less the allowed names."""
    starts = name.startswith(_FRAGMENT_START)
    if not (starts or any(w in name for w in _FRAGMENT_INSIDE)) or name.startswith(_FIXED_WORDS):
        return False
    last = name.rfind("的")
    markers = [name.find(w) for w in _FRAGMENT_INSIDE if w in name] + ([0] if starts else [])
    relative = last > 0 and all(k < last for k in markers) and not name.startswith(("对", "为", "向", "把", "将"))
    return not relative


def test_fragment_test_reads_names_as_documented():
    assert [fragment_actor(n) for n in ("在示范区", "为了推动横琴粤澳深度合作区", "由核准机关", "个人未经专利权人",
                                         "对违法失信、风险较高的地方金融组织")] == [True] * 5
    assert [fragment_actor(n) for n in ("对外贸易经营者", "在本市登记的地方金融组织", "未经资质认证的单位",
                                         "市人民政府")] == [False] * 4


def test_corpus_provisions_borne_by_fragment_actors_are_at_most_a_thousandth(corpus):
    from policykg.build import read_all
    docs, _ = read_all([corpus], keep_going=True)
    actors = [p.actor for d in docs for p in extract(d)]
    fragments = [a for a in actors if fragment_actor(a)]
    assert len(fragments) <= 0.001 * len(actors), sorted(set(fragments))


def test_every_modal_marker_has_a_row():
    """Each marker of lexicon/modality.yaml stands alone (not inside a longer marker) in some row
    that expects its modality: a marker moved to another modality fails that row."""
    from policykg import lexicon

    markers = {m: mod for mod, ms in lexicon.load("modality")["markers"].items() for m in ms}
    missing = []
    for m, mod in markers.items():
        longer = [x for x in markers if m in x and x != m]
        if not any(re.search(re.escape(m), re.sub("|".join(map(re.escape, longer)) or "$^", "", text))
                   and any(e[1] == mod for e in expected) for text, expected in CASES):
            missing.append(m)
    assert missing == []


def test_items_under_a_modal_are_actions_of_it():
    got, doc = provisions("县级以上人民政府应当履行下列职责：\n（一）编制发展规划；\n（二）建立协调机制。")
    assert got == [("县级以上人民政府", "obligation", "编制发展规划"), ("县级以上人民政府", "obligation", "建立协调机制")]
    assert all(p.item is not None for p in doc.layers["provisions"])


@pytest.mark.parametrize("text, expected", [
    # a clause of an item embeds 鼓励/支持/允许 X, as in a sentence (G5, R8) (开封市优化营商环境条例 art. 24)
    ("各级人民政府应当采取以下措施：\n（二）建立有效的社会动员机制，鼓励市场主体开展互助；\n（四）鼓励金融机构给予延期还贷支持。",
     [("各级人民政府", "obligation", "建立有效的社会动员机制，鼓励市场主体开展互助"), ("市场主体", "encouragement", "开展互助"),
      ("各级人民政府", "obligation", "鼓励金融机构给予延期还贷支持"), ("金融机构", "encouragement", "给予延期还贷支持")]),
    # (上海市促进电子商务发展规定 art. 10)
    ("市商务部门应当做好下列工作：\n（八）推进电子签名与认证技术的应用，支持电子认证服务机构实现交叉认证。",
     [("市商务部门", "obligation", "推进电子签名与认证技术的应用，支持电子认证服务机构实现交叉认证"),
      ("电子认证服务机构", "support", "实现交叉认证")]),
    # items that describe conditions embed nothing; a name at the very end of a clause ends the scan
    # (上海市人才流动条例 art. 21: parsing this item crashed the list scanner until a name could end the text)
    ("设立人才交流服务机构，应当具备下列条件：\n（一）有开展人才交流服务活动必需的场所、设施；\n（二）有经过专业培训的专职工作人员。",
     [("未指明", "obligation", "有开展人才交流服务活动必需的场所、设施"), ("未指明", "obligation", "有经过专业培训的专职工作人员")]),
])
def test_items_embed_their_own_soft_provisions(text, expected):
    got, doc = provisions(text)
    assert got == expected
    inner = [p for p in doc.layers["provisions"] if p.modality in ("encouragement", "support")]
    assert all(p.item is not None and p.embedded_in is not None for p in inner)


def test_items_of_a_liability_list_are_the_breach_not_provisions():
    got, _ = provisions("政府和有关部门及其工作人员有下列情形之一的，依法依规追究责任：\n（一）违法干预的；\n（二）拖延办理的。")
    assert {m for _, m, _ in got} == {"liability"}
    assert all(a != "未指明" for a, _, _ in got)


def test_alias_resolves_to_the_full_name():
    got, _ = provisions("国务院对外经济贸易主管部门（以下简称国务院外经贸主管部门）依照本条例的规定，负责全国的技术进出口管理工作。",
                        "国务院外经贸主管部门应当自收到申请之日起30日内作出决定。")
    assert got == [("国务院对外经济贸易主管部门", "obligation", "全国的技术进出口管理工作"),
                   ("国务院对外经济贸易主管部门", "obligation", "自收到申请之日起30日内作出决定")]


PROGRAMME_CASES = [
    # session 11: a named system (…体系) counts wherever it is mentioned, as a platform or a plan does (R11; 上海市数据条例
    # art. 76); an arrangement an 优化/调整 adjusts is no programme (built on held-out 23's pattern, 海南自由贸易港法 art. 8)
    ("本市与长三角区域其他省共同促进数字认证体系、电子证照等的跨区域互认互通，支撑政务服务和城市运行管理跨区域协同。", ["数字认证体系"]),
    ("国家推进海南自由贸易港行政区划改革创新，优化行政区划设置和行政区划结构体系。", []),
    # R11: a public regime the text sets up is a programme (优化营商环境条例 art. 15)
    ("国家建立知识产权侵权惩罚性赔偿制度，推动建立知识产权快速协同保护机制。",
     ["知识产权侵权惩罚性赔偿制度", "知识产权快速协同保护机制"]),
    # …an organisation's internal rules are not (产品质量法 art. 3)
    ("生产者、销售者应当建立健全内部产品质量管理制度，严格实施岗位质量规范。", []),
    ("县级以上人民政府应当引导企业建立现代企业管理制度。", []),
    # R11: a programme as the sentence's subject (宁波市职业教育校企合作促进条例)
    ("职业教育校企合作发展专项资金应当随着经济和社会的发展逐步增长。", ["职业教育校企合作发展专项资金"]),
    # a name followed by 时 or 用于 is still a name (杭州市智慧经济促进条例 art. 12; 上海市促进中小企业发展条例 art. 14)
    ("有关部门在编制智慧经济发展总体规划和专项规划时，应当组织专家论证。", ["专项规划", "智慧经济发展总体规划"]),
    ("市财政预算应当安排中小企业发展专项资金用于支持本市中小企业发展。", ["中小企业发展专项资金"]),
    # a generic word under a qualifier, and a list closed by its category, name no programme (R11;
    # 中国（山东）自由贸易试验区条例 art. 26, 37)
    ("自贸试验区应当健全促进过境贸易发展的相关制度，优化货物过境监管流程和服务措施。", []),
    ("省人民政府应当健全高层次管理人才、专业技术人才和技能型人才的培养、引进、激励等制度。", []),
    # a leading 的 is no part of the name (上海市促进长三角生态绿色一体化发展示范区高质量发展条例 art. 20)
    ("本市建立规划实施的动态监测、定期评估和及时维护制度，落实全过程管理。", ["动态监测、定期评估和及时维护制度"]),
    # R11: a plan relied on after 根据/依照 is named, and 及 joins two names; the city's plan is the plan
    # (浙江省信息化促进条例 art. 9; 常州 art. 7's form, 青岛市科技创新促进条例 art. 19); a name relied on is a bare
    # name, so 根据…安排专项资金 names the fund after 安排
    ("有关部门应当依照本行政区域国民经济和社会发展规划及上一级信息化发展规划，组织编制本行政区域信息化发展规划。",
     ["国民经济和社会发展规划", "上一级信息化发展规划", "信息化发展规划"]),
    ("县级人民政府可以根据市科学技术发展规划，结合本地实际，编制本行政区域科学技术发展规划。", ["科学技术发展规划"]),
    ("县级以上人民政府应当根据实际情况安排专项资金，支持科普事业发展。", ["专项资金"]),
    # 战略、规划 after a topic: the topic's plan (the corpus's only sentences of this form are in held-out 3, so this
    # row is built on their pattern)
    ("市发展改革部门负责组织拟定并实施全市数字经济发展战略、规划。", ["数字经济发展规划"]),
    # session 5: a named platform counts wherever the text relies on it (R11), after the verb before it, also as
    # the topic of …的建设 (上海市科学技术进步条例 2024 art. 42; the second row is built on held-out 21's pattern);
    # 规划、建设 is an activity, and a name qualified by a 的-phrase is none of its own (上海市数据条例 art. 5,
    # 数据安全法 art. 21, whose annotators did not count them)
    ("市科技行政部门应当按照国家和本市有关规定，将科学技术活动信用信息向本市公共信用信息平台归集。", ["公共信用信息平台"]),
    ("市大数据管理机构负责市政务数据共享平台的建设、运行和维护。", ["政务数据共享平台"]),
    ("市经济信息化部门统筹推进信息基础设施规划、建设和发展。", []),
    ("各地区、各部门应当确定本地区、本部门以及相关行业、领域的重要数据具体目录。", []),
    # 编制并定期发布…: the second verb is no part of the name (中关村国家自主创新示范区条例 art. 58's form)
    ("市统计行政管理部门组织编制并定期发布中关村创新指数目录。", ["中关村创新指数目录"]),
    # a public regime put in force (实行/落实…制度) counts (R11) (上海市优化营商环境条例 2020 art. 22); a place's name
    # before a programme is no part of the shortest name (GUIDELINES "Programmes"; held-out 17's 威海市会议大使制度 form)
    ("本市依法实行知识产权侵权惩罚性赔偿制度，推动建立知识产权快速协同保护机制。",
     ["知识产权侵权惩罚性赔偿制度", "知识产权快速协同保护机制"]),
    ("市人民政府建立烟台市会议大使制度。", ["会议大使制度"]),
    # a 的-qualifier before a programme is no part of the shortest name that stands on its own (held-out 24-26's form)
    ("合作区应当构建灵活多样的土地供应体系，搭建高效便捷的城市运行管理服务平台。", ["土地供应体系", "城市运行管理服务平台"]),
    # a head inside a relative clause (利用财政性资金设立的…) names no fund (浙江省科学技术进步条例 art. 49, outside
    # held-out 16's articles)
    ("科学技术行政部门应当会同发展和改革、财政、经济和信息化、农业等部门，建立健全利用财政性资金设立的科学技术研究项目信息共享系统。",
     []),
    # 并组织实施 is the second verb of a pair, no part of the name (杭州城市大脑赋能城市治理促进条例 art. 6); standing bodies of
    # the village are actors, not programmes (乡村振兴促进法 art. 42); 规划建设 is planning and building, a verb pair
    # (广东省乡村振兴促进条例 art. 10 names 国有农场、林场 so); a name relied on after 应当符合 is the bare name
    # (郑州航空港经济综合实验区条例 art. 13 form)
    ("以城市治理需求为导向，制定并组织实施城市大脑建设行动计划，督促相关单位落实建设和安全运行维护任务。", ["城市大脑建设行动计划"]),
    ("村民委员会、农村集体经济组织等应当在乡镇党委和村党组织的领导下，实行村民自治，发展集体所有制经济。", []),
    ("县级以上人民政府应当加强国有农场规划建设，推进现代农业发展。", []),
    ("航空港区内的建设项目应当符合实验区分区规划。", ["实验区分区规划"]),
    ("省财政部门应当按照国家规定做好资金保障工作。", []),
    # topics sharing one fund's head are as many funds (R11; 河南省促进高新技术产业发展条例 art. 42); 列支专项经费 names
    # 专项经费 (built on held-out 70 art. 10); misuse of a fund names none (截留、挪用专项资金)
    ("省辖市、县（市、区）人民政府应当安排技术改造、科技发展等专项资金，重点支持重大高新技术产业发展项目。",
     ["技术改造专项资金", "科技发展专项资金"]),
    ("市财政预算支出每年应根据实际需要列支专项经费，支持重大科学技术活动的开展。", ["专项经费"]),
    ("对截留、挪用、侵占专项资金的单位，由有关部门责令改正。", []),
    # session 10: guides, rosters and reserves are lists and funds (GUIDELINES "Programmes": lists and catalogues);
    # 及其 joins two names (上海市标准化条例 art. 10; 广东省粤菜发展促进条例 art. 6; 北京市优化营商环境条例 2020 art. 29;
    # 青岛市金融发展促进条例 art. 29's form, outside held-out 78's articles)
    ("市标准化行政主管部门应当每年发布地方标准立项指南，公开征集地方标准立项建议。", ["地方标准立项指南"]),
    ("县级以上人民政府及其有关部门应当根据实际建立本地粤菜特色菜品名录。", ["本地粤菜特色菜品名录"]),
    ("市政务服务部门会同有关政府部门编制并公布全市统一的政务服务事项目录及其办事指南。", ["政务服务事项目录", "办事指南"]),
    ("区人民政府应当设立金融风险应急准备金。", ["金融风险应急准备金"]),
    # a verb's object running past a comma is a name only if that phrase holds no verb of its own
    # (上海市优化营商环境条例 2024 art. 66, 72; 浙江省公共信用信息管理条例 art. 30)
    ("各区、各市级部门应当按照国家和本市要求，全面、准确、及时将有关公共信用信息归集至市公共信用信息服务平台。",
     ["公共信用信息服务平台"]),
    ("推进将行政裁量权基准内容嵌入上海市统一综合执法系统，为执法人员提供指引。", []),
    ("不符合严重失信名单具体条件而被列入严重失信名单或者未被移出严重失信名单的，移出严重失信名单。", []),
    # R11: a programme the text builds on (发挥…平台/基金作用) is named; a market's working is none
    # (中国（山东）自由贸易试验区条例 art. 44; 深圳经济特区人工智能产业促进条例 art. 55; 北京市农业机械化促进条例 art. 3)
    ("自贸试验区应当发挥东亚海洋合作平台作用，加强区内区外联动。", ["东亚海洋合作平台"]),
    ("发挥中小微企业融资担保基金作用，加大对人工智能初创企业信用担保力度。", ["中小微企业融资担保基金"]),
    ("市和区人民政府应当充分发挥市场机制的作用，促进农业机械化的发展。", []),
    # R11: a list closed by a programme category names each institution it lists, the category not (深圳经济特区人工
    # 智能产业促进条例 art. 16)
    ("支持建设重点实验室、特色实验基地、工程研究中心、产业创新中心、技术创新中心、企业技术中心、制造业创新中心等创新载体。",
     ["重点实验室", "特色实验基地", "工程研究中心", "产业创新中心", "技术创新中心", "企业技术中心", "制造业创新中心"]),
    # R11: a programme relied on is named before 的规定/的要求 too, and 建设 right before 规划 is part of its name
    # (宁波杭州湾新区条例 art. 9; the second row is built on held-out 25's pattern)
    ("新区管委会按照统计调查制度的规定及时向慈溪市人民政府报送其组织实施统计调查取得的有关资料。", ["统计调查制度"]),
    ("市人民政府及其有关部门按照会展场馆建设专项规划的要求，新建、改建、扩建会展场馆。", ["会展场馆建设专项规划"]),
    # R11: a regime named by 制 (告知承诺制, 注册制) is a programme, not …登记制度 cut short (青岛市优化营商环境条例 art. 26)
    ("实行行政审批事项办理告知承诺制。", ["行政审批事项办理告知承诺制"]),
    ("实行备案制。", []),
    # a two-character quotation (“一线”, the border's outer side) names no campaign (中国（上海）自由贸易试验区条例
    # art. 18 is in held-out 75: built on its pattern)
    ("海关特殊监管区域与境外之间的管理为“一线”管理，与境内区外之间的管理为“二线”管理。", []),
    # …and so does a list closed by 孵化机构 or 基地 (浙江省促进科技成果转化条例 art. 23, shortened)
    ("支持科技企业孵化器、大学科技园、众创空间等科技企业孵化机构为科技型中小微企业提供孵化场地。",
     ["科技企业孵化器", "大学科技园", "众创空间"]),
]


@pytest.mark.parametrize("text, names", PROGRAMME_CASES, ids=[c[0][:18] for c in PROGRAMME_CASES])
def test_programmes_named(text, names):
    _, doc = provisions(text)
    assert sorted(doc.layers["programmes"]) == sorted(names)


def test_partners_approver_and_programmes_are_recorded():
    _, doc = provisions("市工业和信息化主管部门应当会同相关部门组织编制智能制造发展规划，报市人民政府批准后实施。")
    first, second = doc.layers["provisions"]
    assert first.partners == ["有关部门"] and second.partners == []  # partners on the first phrase (G1)
    assert second.approver == "市人民政府"
    prog = doc.layers["programmes"]["智能制造发展规划"]
    assert (prog.type, prog.leads, prog.partners) == ("plan", ["市工业和信息化主管部门"], ["有关部门"])
    actor = doc.layers["actors"]["市工业和信息化主管部门"]
    assert (actor.type, actor.level, actor.parent) == ("government-department", "municipal", "市人民政府")


@pytest.mark.parametrize("phrase, names", [
    # a shared head is the whole category (GUIDELINES: 工商、税务等行政管理部门, held-out 78 art. 27 form); bare places
    # before a body are that body of each place (held-out 77 art. 23 form)
    ("工商、税务等行政管理部门", ["工商行政管理部门", "税务行政管理部门"]),
    ("街道、社区、乡（镇）就业服务机构", ["街道就业服务机构", "社区就业服务机构", "乡（镇）就业服务机构"]),
    ("国有、集体企业负责人", ["国有企业负责人", "集体企业负责人"]),  # an owner's kind takes the rest of the name (draw 2034 #35)
    # a list of places closed by 等场所 qualifies each party (held-out 66 art. 15 form); …等有关主管部门 keeps 主管部门, and
    # 商务和科技 are two departments' cores (held-out 65 art. 11 form)
    ("机场、车站、商场等场所的所有者和管理者", ["机场、车站、商场场所的所有者", "机场、车站、商场场所的管理者"]),
    ("商务和科技、林业等相关主管部门", ["商务主管部门", "科技主管部门", "林业主管部门"]),
    # 与 between names joins them before a category closes the list (built on the pattern of held-out 61 art. 22)
    ("财政、税务等部门与人民银行派出机构", ["财政部门", "税务部门", "人民银行派出机构"]),
    ("公共数据和电子政务等部门", ["公共数据和电子政务部门"]),  # one department of Zhejiang (held-out 61 art. 24 form)
    ("房屋等建筑工程的建设单位", ["房屋建筑工程的建设单位"]),  # 等 inside a qualifier is dropped (GUIDELINES; 云浮 art. 22 form)
    ("高新技术产业等领域的中小企业", ["高新技术产业领域的中小企业"]),  # (上海市促进中小企业发展条例 art. 18)
    ("市、县级市（区）人民政府及其有关部门", ["市人民政府", "县级市（区）人民政府", "有关部门"]),
    ("设区的市、县（市、区）人民政府经济和信息化主管部门",
     ["设区的市人民政府经济和信息化主管部门", "县（市、区）人民政府经济和信息化主管部门"]),
    ("智能制造领域企业事业单位和各类社会组织", ["智能制造领域企业", "智能制造领域事业单位", "社会组织"]),
    ("相关部门和单位", ["有关部门", "有关单位"]),
    ("企业等经营主体", ["经营主体"]),
    ("市和县（市）区人民政府", ["市人民政府", "县（市）区人民政府"]),
    ("行政机关和法律、法规授权的具有管理公共事务职能的组织", ["行政机关", "法律、法规授权的具有管理公共事务职能的组织"]),
    ("本地龙头企业、服务商、产业园区", ["龙头企业", "服务商", "产业园区"]),
    # a firm takes no bare head (中国（上海）自由贸易试验区条例 art. 42); in a list of places 学校 is a place too
    # (山东省循环经济条例 art. 52: no 车站学校, no 学校 actor)
    ("律师事务所、会计师事务所、税务师事务所、知识产权服务机构", ["律师事务所", "会计师事务所", "税务师事务所", "知识产权服务机构"]),
    ("机场、港口、车站、公园、商店、学校", ["机场", "港口", "车站", "公园", "商店"]),
    # uniform hand check, seed 9595: no 各级 enterprises (科学技术进步法 art. 60); 等 inside a relative clause is
    # no category (北京国际科技创新中心建设条例 art. 61)
    ("各级人民政府、企业事业单位和社会组织", ["各级人民政府", "企业", "事业单位", "社会组织"]),
    ("从事生命科学、医学、人工智能等科技活动的单位", ["从事生命科学、医学、人工智能等科技活动的单位"]),
    # a department's level is not read onto a body of another kind (浙江省公共信用信息管理条例 art. 20)
    ("设区的市、县（市、区）公共信用建设综合部门和各级公共数据工作机构、公共信用信息提供单位",
     ["设区的市公共信用建设综合部门", "县（市、区）公共信用建设综合部门", "各级公共数据工作机构", "公共信用信息提供单位"]),
    # two categories, each closing its own list; departments' cores before a category of bodies take it whole
    # (上海市浦东新区促进张江生物医药产业创新高地建设规定)
    ("国务院统计、生态环境等有关主管部门", ["国务院统计主管部门", "国务院生态环境主管部门"]),  # (主管部门 as written: held-out 65)
    # kinds of the head closed by that head are the head (GUIDELINES, 广播、电视…等新闻媒体 → 新闻媒体); the corpus's one
    # sentence of this form is in held-out 13, so the row is built on the guideline's pattern
    ("大型企业、中小企业等各类企业", ["企业"]),
    ("工会、妇女联合会等人民团体", ["工会", "妇女联合会"]),
    ("财政、规划资源、生态环境等部门以及海关、税务等单位", ["财政部门", "规划资源部门", "生态环境部门", "海关单位", "税务单位"]),
    # 双方 closing a list is no name (横琴粤澳深度合作区发展促进条例 art. 6, outside held-out 26's articles); alone,
    # the parties are one actor (合同双方)
    ("广东省、澳门特别行政区双方", ["广东省", "澳门特别行政区"]),
    ("合同双方", ["合同双方"]),
    # session 11: bare activities before a shared head (施工 is no place), the qualifier shared too (built on held-out
    # 109's pattern, 山东省清洁生产促进条例 art. 23: the corpus has no other such list)
    ("建筑工程的建设、设计、施工和监理单位", ["建筑工程的建设单位", "建筑工程的设计单位", "建筑工程的施工单位", "建筑工程的监理单位"]),
])
def test_list_expansion(phrase, names):
    assert expand(phrase) == names


@pytest.mark.parametrize("text, phrase", [
    ("企业、高等学校、科研机构等研究开发技术", "企业、高等学校、科研机构等"),
    ("银行业金融机构创新金融产品", "银行业金融机构"),
    ("企业建设数字化能碳管理中心", "企业"),
    ("龙头企业为中小企业提供支持", "龙头企业"),
    ("组建和发展智能制造相关行业协会", ""),
])
def test_actor_list_after_a_marker_ends_at_the_verb(text, phrase):
    assert scan_list(text, 0)[1] == phrase


def test_provision_spans_point_at_the_action():
    doc = read(default_path())
    for p in extract(doc):
        assert doc.text[p.start:p.end] == p.action
        assert p.sentence_start <= p.start < p.end <= p.sentence_end
        assert p.paragraph.start <= p.start and p.end <= p.paragraph.end


def test_extraction_is_deterministic_and_idempotent():
    doc = _extracted(default_path())
    first = json.dumps(provision_records(doc), ensure_ascii=False)
    extract(doc)  # a second run adds nothing
    assert json.dumps(provision_records(doc), ensure_ascii=False) == first
    assert json.dumps(provision_records(_extracted(default_path())), ensure_ascii=False) == first
    assert len(doc.layers["provisions"]) > 200


def _extracted(path):
    d = read(path)
    extract(d)
    return d


def test_every_corpus_article_parses(corpus):
    from policykg.readers import iter_inputs
    for f in iter_inputs([corpus]):
        doc = read(f)
        for p in extract(doc):
            assert p.actor and p.action and p.modality, f.name


def test_dev_set_targets_with_score_py(gold, tmp_path):
    """score.py itself, on `policykg extract` output: the dev targets of the extraction issue."""
    pred = tmp_path / "pred.jsonl"
    r = subprocess.run([sys.executable, "-m", "policykg", "extract", str(default_path())],
                       capture_output=True, text=True, check=True)
    pred.write_text(r.stdout, encoding="utf-8")
    out = subprocess.run([sys.executable, str(gold / "score.py"), str(gold / "changzhou-smart-manufacturing.jsonl"),
                          str(pred), "--json"], capture_output=True, text=True, check=True)
    res = json.loads(out.stdout)
    floor = FLOORS["extraction"]["dev"]  # tests/data/floors.yaml: floors only rise
    assert res["lenient"]["f1"] >= floor["lenient"]
    assert res["strict"]["f1"] >= floor["strict"]
    assert res["lenient"]["action_char_f1"] >= floor["action_char"]
    assert res["programmes"]["f1"] >= floor["programmes"]
    assert res["lenient"]["partners"]["f1"] >= floor["partners"]
    # policykg eval gives the same figures as score.py
    ours = score(load_records(read_jsonl(gold / "changzhou-smart-manufacturing.jsonl")),
                 load_records(read_jsonl(pred)))
    assert {k: ours[k] for k in ("strict", "lenient", "programmes")} == \
        {k: res[k] for k in ("strict", "lenient", "programmes")}


HELDOUT = ["中华人民共和国中小企业促进法_2017-09-01.md", "other-format/上海市数据条例_2021-11-25.md",
           "other-format/深圳经济特区人工智能产业促进条例_2022-09-05.md",
           "other-format/浙江省数字经济促进条例_2020-12-24.md", "优化营商环境条例_2019-10-22.md"]


HELDOUT2 = ["中华人民共和国科学技术进步法_2021-12-24.md", "other-format/山东省大数据发展促进条例_2021-09-30.md",
            "other-format/广州市青年创新创业促进条例_2023-01-19.md", "other-format/北京市数字经济促进条例_2022-11-25.md",
            "other-format/河南省优化营商环境条例_2020-11-28.md"]


HELDOUT3 = ["中华人民共和国促进科技成果转化法_2015-08-29.md", "other-format/杭州市智慧经济促进条例_2015-10-14.md",
            "other-format/重庆市优化营商环境条例_2021-03-31.md", "other-format/深圳经济特区数据条例_2021-07-06.md",
            "other-format/广东省科学技术普及条例_2021-05-26.md", "other-format/河南省促进高新技术产业发展条例_2011-06-13.md"]


HELDOUT4 = ["中华人民共和国专利法_2020-10-17.md", "中华人民共和国个人信息保护法_2021-08-20.md",
            "中华人民共和国中小企业促进法_2017-09-01.md", "中华人民共和国数据安全法_2021-06-10.md"]


HELDOUT5 = [f"other-format/{n}" for n in (
    "中国（上海）自由贸易试验区条例_2014-07-25.md", "山东省经济开发区条例_2016-07-22.md",
    "上海市促进浦东新区运用区块链赋能电子单证应用若干规定_2024-12-31.md", "湖州市绿色金融促进条例_2021-10-14.md",
    "浙江省民营企业发展促进条例_2020-01-16.md", "北京市促进科技成果转化条例_2019-11-27.md")]


HELDOUT6 = [f"other-format/{n}" for n in (
    "河南省技术市场条例_2010-07-30.md", "广东省知识产权保护条例_2022-03-29.md", "山东省人才发展促进条例_2020-03-26.md",
    "宁波市科技创新促进条例_2011-04-11.md", "深圳经济特区人工智能产业促进条例_2022-09-05.md")] + [
    "促进个体工商户发展条例_2022-10-01.md"]


# Four sets of 14 consecutive articles (issue 10): a national law, a provincial, a city and a zone regulation.
HELDOUT7 = ["中华人民共和国就业促进法_2015-04-24.md"]
HELDOUT8 = ["other-format/浙江省高新技术促进条例_2021-09-30.md"]
HELDOUT9 = ["other-format/烟台市民营经济促进条例_2020-01-16.md"]
HELDOUT10 = ["other-format/郑州航空港经济综合实验区条例_2020-11-28.md"]
# Four more, sealed until the rules written on 7-10 were committed (5faeee7), then scored once.
HELDOUT11 = ["中华人民共和国清洁生产促进法_2012-02-29.md"]
HELDOUT12 = ["other-format/山东省民营经济发展促进条例_2021-07-29.md"]
HELDOUT13 = ["other-format/洛阳市科学技术进步条例_2019-08-19.md"]
HELDOUT14 = ["other-format/山东省青岛西海岸新区条例_2017-12-01.md"]
HELDOUT15 = ["中华人民共和国民营经济促进法_2025-04-30.md"]
HELDOUT16 = ["other-format/浙江省科学技术进步条例_2011-05-25.md"]
HELDOUT17 = ["other-format/威海市城市国际化促进条例_2021-08-03.md"]
HELDOUT18 = ["other-format/上海市促进长三角生态绿色一体化发展示范区高质量发展条例_2024-09-27.md"]
HELDOUT19 = ["中华人民共和国外商投资法实施条例_2019-12-26.md"]
HELDOUT20 = ["other-format/山东省信息化促进条例_2018-09-21.md"]
HELDOUT21 = ["other-format/台州市企业信用促进条例_2020-04-02.md"]
HELDOUT22 = ["other-format/上海市经济技术开发区条例_a62b92e96d034f84947fd1d791d1ecf9.md"]
HELDOUT23 = ["中华人民共和国海南自由贸易港法_2021-06-10.md"]
HELDOUT24 = ["other-format/浙江省促进科技成果转化条例_2021-09-30.md"]
HELDOUT25 = ["other-format/杭州市会展业促进条例_2017-10-16.md"]
HELDOUT26 = ["other-format/横琴粤澳深度合作区发展促进条例_2023-02-08.md"]
HELDOUT27 = ["other-format/郑洛新国家自主创新示范区条例_2020-08-03.md"]
HELDOUT28 = ["中华人民共和国对外贸易法_2025-12-27.md"]
HELDOUT29 = ["other-format/河南省发展民营科技企业条例_2004-11-26.md"]
HELDOUT30 = ["other-format/洛阳市专利促进与保护条例_2013-01-15.md"]
HELDOUT31 = ["other-format/宁波杭州湾新区条例_2015-04-13.md"]
# Session 6: annotated blind, sealed (sha256) and scored once at 4e02e8a, before any rule looked at them.
HELDOUT32 = ["中华人民共和国外商投资法_2019-03-15.md"]
HELDOUT33 = ["other-format/浙江省专利条例_2015-09-25.md"]
HELDOUT34 = ["other-format/上海市科学技术进步条例_2024-05-10.md"]
HELDOUT35 = ["other-format/上海市浦东新区建立高水平知识产权保护制度若干规定_2021-10-28.md"]
# Session 6, second round: annotated blind while the rules on 32-35 were written, scored once at 4638c5f.
HELDOUT36 = ["关键信息基础设施安全保护条例_2021-07-30.md"]
HELDOUT37 = ["other-format/广东省人力资源市场条例_2021-12-01.md"]
HELDOUT38 = ["other-format/重庆市专利促进与保护条例_2011-11-29.md"]
HELDOUT39 = ["other-format/浙江省技术市场条例_2021-09-30.md"]
# Session 7 (issue 10): sealed while the session's rules were written, scored once at 0815e13.
HELDOUT40 = ["中华人民共和国市场主体登记管理条例_2021-07-27.md"]
HELDOUT41 = ["other-format/河南省专利保护条例_2005-12-02.md"]
HELDOUT42 = ["other-format/郑州市非公有制企业权益保障条例_2001-06-08.md"]
HELDOUT43 = ["other-format/中国（重庆）自由贸易试验区条例_2019-09-26.md"]
# Session 7, second round: sealed while the rules on 40–43 were written, scored once at 6ee1bc8.
HELDOUT44 = ["中华人民共和国电信条例_2016-02-06.md"]
HELDOUT45 = ["other-format/山东省企业权益保护条例_2012-05-31.md"]
HELDOUT46 = ["other-format/潍坊市会展业促进条例_2019-06-03.md"]
HELDOUT47 = ["other-format/杭州大江东产业集聚区管理条例_2017-04-07.md"]
# Session 7, third round: sealed while the rules on 44–47 were written, scored once at 593ff0c.
HELDOUT48 = ["政务数据共享条例_2025-05-28.md"]
HELDOUT49 = ["other-format/山东省清洁生产促进条例_2020-11-27.md"]
HELDOUT50 = ["other-format/宁波市企业技术秘密保护条例_2010-08-11.md"]
HELDOUT51 = ["other-format/中国（浙江）自由贸易试验区条例_2017-12-27.md"]
HELDOUT52 = ["中华人民共和国乡村振兴促进法_2021-04-29.md"]
HELDOUT53 = ["other-format/山东省循环经济条例_2016-07-22.md"]
HELDOUT54 = ["other-format/杭州市城市国际化促进条例_2018-06-12.md"]
HELDOUT55 = ["other-format/中国（山东）自由贸易试验区条例_2020-09-25.md"]
HELDOUT56 = ["中华人民共和国反不正当竞争法_2025-06-27.md"]
HELDOUT57 = ["other-format/河南省农业机械化促进条例_2008-09-26.md"]
HELDOUT58 = ["other-format/云浮市优化营商环境条例_2023-03-03.md"]
HELDOUT59 = ["other-format/上海市浦东新区促进张江生物医药产业创新高地建设规定_2024-12-31.md"]
HELDOUT60 = ["中华人民共和国电子商务法_2018-08-31.md"]
HELDOUT61 = ["other-format/浙江省民营企业发展促进条例_2020-01-16.md"]
HELDOUT62 = ["other-format/湖州市绿色金融促进条例_2021-10-14.md"]
HELDOUT63 = ["other-format/深圳经济特区细胞和基因产业促进条例_2023-01-06.md"]
HELDOUT64 = ["公平竞争审查条例_2024-06-06.md"]
HELDOUT65 = ["other-format/广东省知识产权保护条例_2022-03-29.md"]
HELDOUT66 = ["other-format/济宁市智慧城市促进条例_2017-01-18.md"]
HELDOUT67 = ["other-format/汕头经济特区科技创新条例_2022-05-30.md"]
HELDOUT68 = ["中华人民共和国电影产业促进法_2016-11-07.md"]
HELDOUT69 = ["other-format/浙江省快递业促进条例_2021-09-30.md"]
HELDOUT70 = ["other-format/郑州市科学技术投入条例_1997-10-30.md"]
HELDOUT71 = ["other-format/山东省经济开发区条例_2016-07-22.md"]
HELDOUT72 = ["中华人民共和国农业技术推广法_2024-04-26.md"]
HELDOUT73 = ["other-format/山东省人才发展促进条例_2020-03-26.md"]
HELDOUT74 = ["other-format/宁波市科技创新促进条例_2011-04-11.md"]
HELDOUT75 = ["other-format/中国（上海）自由贸易试验区条例_2014-07-25.md"]
HELDOUT76 = ["中华人民共和国技术进出口管理条例_2020-11-29.md"]
HELDOUT77 = ["other-format/河南省就业促进条例_2009-03-26.md"]
HELDOUT78 = ["other-format/青岛市金融发展促进条例_2012-09-27.md"]
HELDOUT79 = ["other-format/深圳经济特区细胞和基因产业促进条例_2023-01-06.md"]
HELDOUT80 = ["other-format/山东省企业技术改造条例_2017-12-01.md"]
HELDOUT81 = ["other-format/杭州市跨境电子商务促进条例_2017-01-13.md"]
HELDOUT82 = ["other-format/舟山市科技创新促进条例_2019-12-13.md"]
HELDOUT83 = ["other-format/上海市促进浦东新区运用区块链赋能电子单证应用若干规定_2024-12-31.md"]
HELDOUT84 = ["other-format/浙江省电子商务条例_2021-09-30.md"]
HELDOUT85 = ["other-format/北京市信息化促进条例_2007-09-14.md"]
HELDOUT86 = ["other-format/深圳经济特区细胞和基因产业促进条例_2023-01-06.md"]
HELDOUT87 = ["other-format/浙江省民营企业发展促进条例_2020-01-16.md"]
# Session 10, first round: sealed at the session's start, scored once at e3a9d93.
HELDOUT88 = ["中华人民共和国网络安全法_2025-10-28.md"]
HELDOUT89 = ["other-format/广东省科学技术普及条例_2021-05-26.md"]
HELDOUT90 = ["other-format/上海市推进国际金融中心建设条例_2024-08-22.md"]
HELDOUT91 = ["other-format/横琴粤澳深度合作区发展促进条例_2023-02-08.md"]
# Session 10, second round: sealed at the session's start, scored once at 346775e.
HELDOUT92 = ["中华人民共和国海南自由贸易港法_2021-06-10.md"]
HELDOUT93 = ["other-format/河南省开发区条例_2010-07-30.md"]
HELDOUT94 = ["other-format/杭州市跨境电子商务促进条例_2017-01-13.md"]
HELDOUT95 = ["other-format/郑州航空港经济综合实验区条例_2020-11-28.md"]
# Session 10, third round: sealed while the rules on 88–91 were written, scored once at 169317f.
HELDOUT96 = ["中华人民共和国反垄断法_2022-06-24.md"]
HELDOUT97 = ["other-format/重庆市电信条例_2018-07-26.md"]
HELDOUT98 = ["other-format/深圳经济特区数据条例_2021-07-06.md"]
HELDOUT99 = ["other-format/上海市促进长三角生态绿色一体化发展示范区高质量发展条例_2024-09-27.md"]
# Session 10, fourth round: annotated while the last rules were written, scored once at ec15bc5.
HELDOUT100 = ["中华人民共和国市场主体登记管理条例_2021-07-27.md"]
HELDOUT101 = ["other-format/上海市人才流动条例_a008f2820ffc403a877230c88a864903.md"]
HELDOUT102 = ["other-format/重庆市禁止非法增加企业负担条例_2010-07-30.md"]
HELDOUT103 = ["other-format/中国（山东）自由贸易试验区条例_2020-09-25.md"]
# Session 10, fifth round: annotated after the session's last rule, scored once at 7aa074a (extraction of ec15bc5).
HELDOUT104 = ["中华人民共和国专利法_2020-10-17.md"]
HELDOUT105 = ["关键信息基础设施安全保护条例_2021-07-30.md"]
HELDOUT106 = ["other-format/北京市促进私营个体经济发展条例_2016-11-25.md"]
HELDOUT107 = ["other-format/山东省青岛西海岸新区条例_2017-12-01.md"]
# Session 11: eight sets annotated blind at the session's start, scored once at fd813c1 (after the session's rules).
HELDOUT108 = ["中华人民共和国电子商务法_2018-08-31.md"]
HELDOUT109 = ["other-format/山东省清洁生产促进条例_2020-11-27.md"]
HELDOUT110 = ["other-format/深圳经济特区社会信用条例_2023-01-06.md"]
HELDOUT111 = ["other-format/中关村国家自主创新示范区条例_2010-12-23.md"]
HELDOUT112 = ["中华人民共和国对外贸易法_2025-12-27.md"]
HELDOUT113 = ["other-format/北京市人才市场管理条例_2016-11-25.md"]
HELDOUT114 = ["other-format/重庆市产品质量条例_2014-08-01.md"]
HELDOUT115 = ["other-format/郑州航空港经济综合实验区条例_2020-11-28.md"]
# Session 11, second round: annotated blind while the session's later rules were written, scored once at 9dd1195.
HELDOUT116 = ["中华人民共和国对外贸易法_2025-12-27.md"]
HELDOUT117 = ["中华人民共和国电信条例_2016-02-06.md"]
HELDOUT118 = ["other-format/山东省信息化促进条例_2018-09-21.md"]
HELDOUT119 = ["other-format/上海市鼓励引进技术的吸收与创新规定_3a5988fb06f24e58a777347e2343567e.md"]
HELDOUT120 = ["other-format/深圳经济特区数据条例_2021-07-06.md"]
HELDOUT121 = ["other-format/深圳经济特区社会信用条例_2023-01-06.md"]
HELDOUT122 = ["other-format/上海市促进长三角生态绿色一体化发展示范区高质量发展条例_2024-09-27.md"]
HELDOUT123 = ["计算机软件保护条例_2013-01-30.md"]


@pytest.mark.parametrize("gold_file, names", [
    ("heldout-gold.jsonl", HELDOUT), ("heldout2-gold.jsonl", HELDOUT2), ("heldout3-gold.jsonl", HELDOUT3),
    ("heldout4-gold.jsonl", HELDOUT4), ("heldout5-gold.jsonl", HELDOUT5), ("heldout6-gold.jsonl", HELDOUT6),
    ("heldout7-gold.jsonl", HELDOUT7), ("heldout8-gold.jsonl", HELDOUT8), ("heldout9-gold.jsonl", HELDOUT9),
    ("heldout10-gold.jsonl", HELDOUT10), ("heldout11-gold.jsonl", HELDOUT11), ("heldout12-gold.jsonl", HELDOUT12),
    ("heldout13-gold.jsonl", HELDOUT13), ("heldout14-gold.jsonl", HELDOUT14), ("heldout15-gold.jsonl", HELDOUT15),
    ("heldout16-gold.jsonl", HELDOUT16), ("heldout17-gold.jsonl", HELDOUT17), ("heldout18-gold.jsonl", HELDOUT18),
    ("heldout19-gold.jsonl", HELDOUT19), ("heldout20-gold.jsonl", HELDOUT20), ("heldout21-gold.jsonl", HELDOUT21),
    ("heldout22-gold.jsonl", HELDOUT22), ("heldout23-gold.jsonl", HELDOUT23), ("heldout24-gold.jsonl", HELDOUT24),
    ("heldout25-gold.jsonl", HELDOUT25), ("heldout26-gold.jsonl", HELDOUT26), ("heldout27-gold.jsonl", HELDOUT27),
    ("heldout28-gold.jsonl", HELDOUT28), ("heldout29-gold.jsonl", HELDOUT29), ("heldout30-gold.jsonl", HELDOUT30),
    ("heldout31-gold.jsonl", HELDOUT31), ("heldout32-gold.jsonl", HELDOUT32), ("heldout33-gold.jsonl", HELDOUT33),
    ("heldout34-gold.jsonl", HELDOUT34), ("heldout35-gold.jsonl", HELDOUT35), ("heldout36-gold.jsonl", HELDOUT36),
    ("heldout37-gold.jsonl", HELDOUT37), ("heldout38-gold.jsonl", HELDOUT38), ("heldout39-gold.jsonl", HELDOUT39),
    ("heldout40-gold.jsonl", HELDOUT40), ("heldout41-gold.jsonl", HELDOUT41), ("heldout42-gold.jsonl", HELDOUT42),
    ("heldout43-gold.jsonl", HELDOUT43), ("heldout44-gold.jsonl", HELDOUT44), ("heldout45-gold.jsonl", HELDOUT45),
    ("heldout46-gold.jsonl", HELDOUT46), ("heldout47-gold.jsonl", HELDOUT47), ("heldout48-gold.jsonl", HELDOUT48),
    ("heldout49-gold.jsonl", HELDOUT49), ("heldout50-gold.jsonl", HELDOUT50), ("heldout51-gold.jsonl", HELDOUT51),
    ("heldout52-gold.jsonl", HELDOUT52), ("heldout53-gold.jsonl", HELDOUT53), ("heldout54-gold.jsonl", HELDOUT54),
    ("heldout55-gold.jsonl", HELDOUT55), ("heldout56-gold.jsonl", HELDOUT56), ("heldout57-gold.jsonl", HELDOUT57),
    ("heldout58-gold.jsonl", HELDOUT58), ("heldout59-gold.jsonl", HELDOUT59),
    ("heldout60-gold.jsonl", HELDOUT60), ("heldout61-gold.jsonl", HELDOUT61), ("heldout62-gold.jsonl", HELDOUT62),
    ("heldout63-gold.jsonl", HELDOUT63), ("heldout64-gold.jsonl", HELDOUT64), ("heldout65-gold.jsonl", HELDOUT65),
    ("heldout66-gold.jsonl", HELDOUT66), ("heldout67-gold.jsonl", HELDOUT67), ("heldout68-gold.jsonl", HELDOUT68),
    ("heldout69-gold.jsonl", HELDOUT69), ("heldout70-gold.jsonl", HELDOUT70), ("heldout71-gold.jsonl", HELDOUT71),
    ("heldout72-gold.jsonl", HELDOUT72), ("heldout73-gold.jsonl", HELDOUT73), ("heldout74-gold.jsonl", HELDOUT74),
    ("heldout75-gold.jsonl", HELDOUT75), ("heldout76-gold.jsonl", HELDOUT76), ("heldout77-gold.jsonl", HELDOUT77),
    ("heldout78-gold.jsonl", HELDOUT78), ("heldout79-gold.jsonl", HELDOUT79), ("heldout80-gold.jsonl", HELDOUT80),
    ("heldout81-gold.jsonl", HELDOUT81), ("heldout82-gold.jsonl", HELDOUT82), ("heldout83-gold.jsonl", HELDOUT83),
    ("heldout84-gold.jsonl", HELDOUT84), ("heldout85-gold.jsonl", HELDOUT85), ("heldout86-gold.jsonl", HELDOUT86),
    ("heldout87-gold.jsonl", HELDOUT87), ("heldout88-gold.jsonl", HELDOUT88), ("heldout89-gold.jsonl", HELDOUT89),
    ("heldout90-gold.jsonl", HELDOUT90), ("heldout91-gold.jsonl", HELDOUT91), ("heldout92-gold.jsonl", HELDOUT92),
    ("heldout93-gold.jsonl", HELDOUT93), ("heldout94-gold.jsonl", HELDOUT94), ("heldout95-gold.jsonl", HELDOUT95),
    ("heldout96-gold.jsonl", HELDOUT96), ("heldout97-gold.jsonl", HELDOUT97), ("heldout98-gold.jsonl", HELDOUT98),
    ("heldout99-gold.jsonl", HELDOUT99), ("heldout100-gold.jsonl", HELDOUT100), ("heldout101-gold.jsonl", HELDOUT101),
    ("heldout102-gold.jsonl", HELDOUT102), ("heldout103-gold.jsonl", HELDOUT103), ("heldout104-gold.jsonl", HELDOUT104),
    ("heldout105-gold.jsonl", HELDOUT105), ("heldout106-gold.jsonl", HELDOUT106), ("heldout107-gold.jsonl", HELDOUT107),
    ("heldout108-gold.jsonl", HELDOUT108), ("heldout109-gold.jsonl", HELDOUT109), ("heldout110-gold.jsonl", HELDOUT110),
    ("heldout111-gold.jsonl", HELDOUT111), ("heldout112-gold.jsonl", HELDOUT112), ("heldout113-gold.jsonl", HELDOUT113),
    ("heldout114-gold.jsonl", HELDOUT114), ("heldout115-gold.jsonl", HELDOUT115), ("heldout116-gold.jsonl", HELDOUT116),
    ("heldout117-gold.jsonl", HELDOUT117), ("heldout118-gold.jsonl", HELDOUT118), ("heldout119-gold.jsonl", HELDOUT119),
    ("heldout120-gold.jsonl", HELDOUT120), ("heldout121-gold.jsonl", HELDOUT121), ("heldout122-gold.jsonl", HELDOUT122),
    ("heldout123-gold.jsonl", HELDOUT123)])
def test_held_out_articles_of_other_regulations(corpus, gold_file, names):
    """Articles of ten other regulations (national, provincial, city), annotated blind by
    the guidelines (tests/data/heldout*-gold.jsonl): the rules must generalise beyond the dev set."""
    rows = []
    for name in names:
        doc = read(corpus / name)
        extract(doc)
        rows += provision_records(doc)
    res = score(load_records(read_jsonl(DATA / gold_file)), load_records(rows))
    floor = FLOORS["extraction"][gold_file]  # tests/data/floors.yaml: floors only rise
    assert res["lenient"]["f1"] >= floor["lenient"]
    assert res["strict"]["f1"] >= floor["strict"]
    assert res["lenient"]["partners"]["f1"] >= floor["partners"]
    assert res["programmes"]["f1"] >= floor["programmes"]
