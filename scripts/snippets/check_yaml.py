"""Parses a YAML snippet and checks each Kubernetes document against the API models.

Usage: python3 check_yaml.py FILE [--parse-only]
Prints one problem per line ("document N: path: problem") and exits 1 when there is any.

Built-in kinds are checked field by field against the models of the official Python client (Debian's
python3-kubernetes), which are generated from the Kubernetes OpenAPI schema: unknown fields, wrong value types and
missing required fields are reported. Kinds the client does not know (CRDs such as InferenceService) are checked
for apiVersion, kind and metadata.name only.
"""
import re
import sys

import yaml

try:
    import kubernetes.client as k8s
except ImportError:  # the check still parses YAML without the client
    k8s = None

# The client's newest autoscaling model is v2beta2, which has the same fields as autoscaling/v2.
VERSION_FALLBACK = {"V2HorizontalPodAutoscaler": "V2beta2HorizontalPodAutoscaler"}
PRIMITIVES = {"str": str, "int": int, "bool": bool, "float": (int, float)}


def model_for(api_version, kind):
    version = api_version.split("/")[-1]
    name = "V" + version[1:] + kind if version.startswith("v") else None
    if name is None or k8s is None:
        return None
    name = VERSION_FALLBACK.get(name, name)
    return getattr(k8s, name, None)


def check_value(value, type_name, path, problems):
    list_match = re.fullmatch(r"list\[(.+)\]", type_name)
    dict_match = re.fullmatch(r"dict\(str, (.+)\)", type_name)
    if value is None:
        return
    if list_match:
        if not isinstance(value, list):
            problems.append(f"{path}: expected a list, got {type(value).__name__}")
            return
        for i, item in enumerate(value):
            check_value(item, list_match.group(1), f"{path}[{i}]", problems)
    elif dict_match:
        if not isinstance(value, dict):
            problems.append(f"{path}: expected a map, got {type(value).__name__}")
            return
        for key, item in value.items():
            check_value(item, dict_match.group(1), f"{path}.{key}", problems)
    elif type_name in PRIMITIVES:
        expected = PRIMITIVES[type_name]
        # YAML reads `true`/`1` as bool/int; Kubernetes accepts a number where the schema says string only for
        # quantities and int-or-string, which the client types as "object" or "str" — accept numbers for str.
        if type_name == "str" and isinstance(value, (int, float)) and not isinstance(value, bool):
            return
        if not isinstance(value, expected) or (type_name == "int" and isinstance(value, bool)):
            problems.append(f"{path}: expected {type_name}, got {type(value).__name__} {value!r}")
    elif type_name in ("object", "datetime", "date"):
        return
    else:
        model = getattr(k8s, type_name, None)
        if model is None:
            return
        check_object(value, model, path, problems)


def check_object(value, model, path, problems):
    if not isinstance(value, dict):
        problems.append(f"{path}: expected a map ({model.__name__}), got {type(value).__name__}")
        return
    by_json = {json_key: attr for attr, json_key in model.attribute_map.items()}
    for key, item in value.items():
        if key not in by_json:
            known = ", ".join(sorted(by_json))
            problems.append(f"{path}.{key}: unknown field for {model.__name__} (known: {known})")
            continue
        check_value(item, model.openapi_types[by_json[key]], f"{path}.{key}", problems)
    # Required fields: the generated __init__ rejects None for them; find them by trying each one.
    for attr, json_key in model.attribute_map.items():
        if json_key in value:
            continue
        try:
            setter = getattr(model, attr).fset
            instance = model.__new__(model)
            instance.local_vars_configuration = k8s.Configuration()
            setter(instance, None)
        except ValueError:
            problems.append(f"{path}: missing required field {json_key}")
        except Exception:  # a setter that checks something else (an enum) is not about being required
            pass


def main():
    file = sys.argv[1]
    parse_only = "--parse-only" in sys.argv
    problems = []
    try:
        documents = [d for d in yaml.safe_load_all(open(file, encoding="utf-8")) if d is not None]
    except yaml.YAMLError as error:
        print(f"YAML does not parse: {error}".replace("\n", " "))
        return 1
    kinds = []
    for index, document in enumerate(documents, start=1):
        if parse_only or not isinstance(document, dict) or "kind" not in document:
            continue
        where = f"document {index} ({document.get('kind')})"
        for field in ("apiVersion", "kind"):
            if not isinstance(document.get(field), str):
                problems.append(f"{where}: {field} must be a string")
        name = (document.get("metadata") or {}).get("name")
        if not name and not (document.get("metadata") or {}).get("generateName"):
            problems.append(f"{where}: metadata.name is missing")
        model = model_for(str(document.get("apiVersion", "")), str(document.get("kind", "")))
        if model is not None:
            check_object(document, model, where, problems)
            kinds.append(f"{document['kind']}:schema")
        else:
            kinds.append(f"{document['kind']}:basic")
    for problem in problems:
        print(problem)
    if not problems:
        print("kinds " + " ".join(kinds) if kinds else "parsed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
