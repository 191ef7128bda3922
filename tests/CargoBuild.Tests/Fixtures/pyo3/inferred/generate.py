# Builds one rustc-shaped diagnostic per unconfirmed signal of the rule file, from the signal's own patterns, so that
# every rule is exercised by the matcher. These are inferred, not recorded. Usage: generate.py RULES.toml OUTPUT_FOLDER
import json, os, re, tomllib, sys
from re import _parser as sre_parse, _constants as C
rules = tomllib.load(open(sys.argv[1], 'rb'))['rule']

def gen(node):
    out = []
    for op, av in node:
        if op == C.LITERAL: out.append(chr(av))
        elif op == C.NOT_LITERAL: out.append('x' if chr(av) != 'x' else 'y')
        elif op == C.ANY: out.append('`')
        elif op == C.IN:
            ch = None
            for iop, iav in av:
                if iop == C.LITERAL: ch = chr(iav); break
                if iop == C.RANGE: ch = chr(iav[0]); break
                if iop == C.CATEGORY:
                    ch = {C.CATEGORY_DIGIT: '1', C.CATEGORY_WORD: 'x', C.CATEGORY_SPACE: ' '}.get(iav, 'x'); break
                if iop == C.NEGATE: ch = 'x'; break
            out.append(ch or 'x')
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, sub = av
            out.append(gen(sub) * max(lo, 1 if lo == 0 and False else lo))
        elif op == C.SUBPATTERN: out.append(gen(av[-1]))
        elif op == C.BRANCH: out.append(gen(av[1][0]))
        elif op == C.AT: pass
        elif op == C.CATEGORY: out.append({C.CATEGORY_DIGIT: '1', C.CATEGORY_WORD: 'x', C.CATEGORY_SPACE: ' '}.get(av, 'x'))
        elif op == C.GROUPREF: pass
        else: raise ValueError(op)
    return ''.join(out)

def example(pattern):
    return gen(sre_parse.parse(pattern))

root = sys.argv[2]
for old in os.listdir(root):
    if old.endswith('.jsonl'):
        os.remove(os.path.join(root, old))
count = 0
for rule in rules:
    for index, signal in enumerate(rule.get('signal', [])):
        if signal.get('from', 'rustc') == 'runtime' or 'message' not in signal or 'confirmed' in signal:
            continue
        message = example(signal['message'])
        children = []
        if 'context' in signal:
            children.append({"message": example(signal['context']), "code": None, "level": "note", "spans": [], "children": [], "rendered": None})
        diagnostic = {"reason": "compiler-message", "package_id": "path+file:///inferred#inferred@0.1.0", "manifest_path": "/inferred/Cargo.toml",
            "target": {"kind": ["cdylib"], "crate_types": ["cdylib"], "name": "inferred", "src_path": "/inferred/src/lib.rs"},
            "message": {"$message_type": "diagnostic", "message": message, "code": None, "level": signal.get('level', 'error'),
                "spans": [{"file_name": "src/lib.rs", "byte_start": 0, "byte_end": 1, "line_start": 1, "line_end": 1, "column_start": 1, "column_end": 2,
                           "is_primary": True, "text": [], "label": None, "suggested_replacement": None, "suggestion_applicability": None, "expansion": None}],
                "children": children, "rendered": None}}
        line = {"note": "inferred from the rule's own patterns, not recorded from a build", "rule": rule['id'], "signal": index, "source": signal.get('from', 'rustc'), "versions": signal.get('versions', '*'), "cargo": diagnostic}
        with open(f"{root}/{rule['id']}.jsonl", 'a') as f:
            f.write(json.dumps(line, ensure_ascii=False) + '\n')
        count += 1
print(count, 'inferred diagnostics')
