"""Names for demo data: the villages of the seed report and common names of the region."""

from __future__ import annotations

import random

from .validation import id_check_digit

# The report names 朱坡, 石门 and 相留; the other 25 of the town's 28 villages are named
# here in the same style so a demo town looks like Xiaolangdi and not like a test fixture.
VILLAGES = [
    ("ZHUPO", "朱坡村"), ("SHIMEN", "石门村"), ("XIANGLIU", "相留村"), ("XIAOLANGDI", "小浪底村"),
    ("LAOLING", "老岭村"), ("CHENGZI", "城子村"), ("GAOZHUANG", "高庄村"), ("HELIU", "河流村"),
    ("DUZHUANG", "杜庄村"), ("XIGOU", "西沟村"), ("DONGGOU", "东沟村"), ("NANLING", "南岭村"),
    ("BEIPO", "北坡村"), ("SHANGTUN", "上屯村"), ("XIATUN", "下屯村"), ("LIJIA", "李家村"),
    ("WANGZHUANG", "王庄村"), ("ZHANGWAN", "张湾村"), ("HUAYUAN", "花园村"), ("SHUIQUAN", "水泉村"),
    ("LIUSHU", "柳树村"), ("SHIQIAO", "石桥村"), ("HEXI", "河西村"), ("YANGLING", "杨岭村"),
    ("MALING", "马岭村"), ("QIANYAO", "前窑村"), ("HOUYAO", "后窑村"), ("CHAIGOU", "柴沟村"),
]

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN_OLD = ["桂兰", "秀英", "玉珍", "凤英", "淑珍", "建国", "国强", "德明", "振华", "保国",
             "金花", "素梅", "长海", "福林", "春生", "玉山", "秀珍", "桂芝", "守义", "铁柱"]
GIVEN_YOUNG = ["伟", "磊", "静", "丽", "强", "洋", "敏", "军", "杰", "娟", "涛", "鹏",
               "建军", "海燕", "晓东", "亚楠", "文博", "雪梅", "志刚", "红霞"]
GROUPS = ["一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组"]
MATTERS = ["咨询新农合缴费", "问低保申请条件", "开具居住证明", "咨询养老金认证", "反映路灯不亮",
           "咨询宅基地确权", "问快递到了没有", "询问电费余额", "咨询残疾人补贴", "问石榴合作社收购价"]
PURPOSES = ["晚上来办社保认证", "周末来交电费", "下班后取快递", "来填低保申请表", "来送补正材料"]


def person_name(rng: random.Random, old: bool) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_OLD if old else GIVEN_YOUNG)


def mobile_number(rng: random.Random) -> str:
    return rng.choice(["13", "15", "18", "17"]) + f"{rng.randrange(10**9):09d}"


def resident_id(rng: random.Random, birth_year: int) -> str:
    # 410322: Mengjin county's area code in the resident ID system.
    body = f"410322{birth_year:04d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randrange(1000):03d}"
    return body + id_check_digit(body)
