"""Speakers of Chinese and Japanese quotations, which put no spaces between
words: the speech verb right before the opening mark ("钟南山院士说：“…”",
"首相は「…」と述べた") or right after the closing one ("“…”村民陈福香说。"),
and the name or role that stands next to it.
"""

from __future__ import annotations

import re

from newsshape.text._quotemarks import CJK_END, CJK_START

__all__ = ["CJK_PRONOUNS", "cjk_speaker", "is_cjk"]

#: Chinese and Japanese pronouns ("他说" "he said"): no name, the person last named.
CJK_PRONOUNS = frozenset(["他", "她", "他们", "她们", "我", "我们", "彼", "彼女"])

#: Chinese speech verbs that attribute a quotation to the words before them
#: (说 "said", 表示 "stated", 指出 "pointed out", …). Written from the
#: language's usage of news reports; checked on the ``zh`` passages of ``dev2``.
_ZH_CUES = "说|表示|指出|称|介绍|强调|认为|告诉记者|回忆|坦言|感慨|透露|直言|解释|补充|笑着说"
#: Titles and roles written after a Chinese name ("钟南山院士"): cut off.
_ZH_TITLES = (
    "院士",
    "教授",
    "先生",
    "女士",
    "主任",
    "书记",
    "部长",
    "总统",
    "主席",
    "总理",
    "市长",
    "省长",
    "局长",
    "院长",
    "校长",
    "经理",
    "董事长",
    "总裁",
    "博士",
    "医生",
    "专家",
    "老师",
)
#: Common Chinese surnames (one character): a name is two or three characters
#: opening with one, at the end of the words before the verb ("村民陈福香").
_ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温"
)
#: The words before a verb: a run of characters up to punctuation or a mark.
_RUN = r"[^\s，。！？：；、“”「」『』‘’,.!?:;\"'()（）]{1,24}?"
_BEFORE = re.compile(f"({_RUN})(?:{_ZH_CUES})[：:，,]?\\s*$")
_AFTER = re.compile(f"\\s*({_RUN})(?:{_ZH_CUES})(?:道)?[。，,.]?")
#: Japanese: "Xは「…」と述べた" (the topic before the quotation, a verb of
#: saying after it).
_JA_TOPIC = re.compile(r"([^\s、。「」『』]{1,12})は\s*$")
_JA_SAID = re.compile(r"\s*と(?:述べ|語っ|話し|言っ|強調し|説明し|指摘し|明らかにし)")


def is_cjk(text: str) -> bool:
    """Whether quoted words open in Chinese or Japanese script."""
    head = text[:4]
    return not head.isascii() and any(CJK_START <= ch <= CJK_END for ch in head)


def _name(run: str) -> str | None:
    """The name at the end of the words before a Chinese verb, its title cut
    off, or the words themselves when short (a role: "发言人")."""
    for title in _ZH_TITLES:
        if run.endswith(title) and len(run) > len(title) + 1:
            run = run[: -len(title)]
            break
    for size in (3, 2):
        if len(run) >= size and run[-size] in _ZH_SURNAMES:
            return run[-size:]
    return run if len(run) <= 4 else None


def cjk_speaker(masked: str, open_at: int, close: int) -> str | None:
    """The speaker of a Chinese or Japanese quotation from the words around
    its marks in the masked paragraph, or ``None``."""
    before = masked[max(0, open_at - 40) : open_at]
    found = _BEFORE.search(before)
    if found:
        return _name(found.group(1))
    if close < len(masked):
        after = _AFTER.match(masked, close + 1)
        if after:
            return _name(after.group(1))
        if _JA_SAID.match(masked, close + 1):
            topic = _JA_TOPIC.search(before)
            if topic:
                return topic.group(1)
    return None
