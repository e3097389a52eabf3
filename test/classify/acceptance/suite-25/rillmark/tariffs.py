"""Tariff formulas, written by the pricing team in a small language and parsed with PLY:
`standing + volume * 1.84 - rebate`, names bound to a bill's figures."""

import ply.lex as lex
import ply.yacc as yacc

tokens = ("NAME", "NUMBER", "PLUS", "MINUS", "TIMES", "DIVIDE", "LPAREN", "RPAREN")

t_PLUS = r"\+"
t_MINUS = r"-"
t_TIMES = r"\*"
t_DIVIDE = r"/"
t_LPAREN = r"\("
t_RPAREN = r"\)"
t_NAME = r"[a-z_][a-z0-9_]*"
t_ignore = " \t"


def t_NUMBER(t):
    r"\d+\.\d+|\d+"
    t.value = float(t.value)
    return t


def t_newline(t):
    r"\n+"
    t.lexer.lineno += len(t.value)


class FormulaError(Exception):
    pass


def t_error(t):
    raise FormulaError(f"illegal character {t.value[0]!r} at line {t.lineno}")


# Lowest first: PLY gives later entries the higher precedence.
precedence = (
    ("left", "TIMES", "DIVIDE"),
    ("left", "PLUS", "MINUS"),
)


def p_binary(p):
    """expr : expr PLUS expr
    | expr MINUS expr
    | expr TIMES expr
    | expr DIVIDE expr"""
    p[0] = (p[2], p[1], p[3])


def p_group(p):
    "expr : LPAREN expr RPAREN"
    p[0] = p[2]


def p_number(p):
    "expr : NUMBER"
    p[0] = ("num", p[1])


def p_name(p):
    "expr : NAME"
    p[0] = ("name", p[1])


def p_error(p):
    if p is None:
        raise FormulaError("formula ends too early")
    raise FormulaError(f"syntax error at {p.value!r} line {p.lineno}")


_lexer = lex.lex()
_parser = yacc.yacc(debug=False, write_tables=False)


def compile_formula(text):
    return _parser.parse(text, lexer=_lexer.clone())


def evaluate(tree, figures):
    kind = tree[0]
    if kind == "num":
        return tree[1]
    if kind == "name":
        return figures[tree[1]]
    left, right = evaluate(tree[1], figures), evaluate(tree[2], figures)
    return {"+": left + right, "-": left - right, "*": left * right, "/": left / right}[kind]


def price(formula, **figures):
    return round(evaluate(compile_formula(formula), figures), 2)
