// Package jsonschema validates JSON values against the subset of JSON
// Schema (draft 2020-12) that the project's schemas use, for tests: type,
// properties, required, additionalProperties, items, minItems, maxItems,
// enum, const, pattern, minimum, maximum, anyOf, oneOf and $ref to
// "#/$defs/NAME" within the same file. A keyword outside that subset is an
// error, not ignored, so that a schema cannot say more than is checked.
package jsonschema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// ErrInvalid is wrapped by every error that says a value does not match.
var ErrInvalid = errors.New("jsonschema: invalid")

// ErrSchema is wrapped by errors in the schema itself.
var ErrSchema = errors.New("jsonschema: bad schema")

// Schema is a compiled schema.
type Schema struct {
	root map[string]any
	defs map[string]any
	re   map[string]*regexp.Regexp
}

// annotations are keywords that do not constrain.
var annotations = []string{"$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default"}

var keywords = []string{"type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems",
	"enum", "const", "pattern", "minimum", "maximum", "anyOf", "oneOf", "$ref"}

// Compile reads a schema.
func Compile(b []byte) (*Schema, error) {
	var root map[string]any
	if err := decode(b, &root); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSchema, err)
	}
	s := &Schema{root: root, re: map[string]*regexp.Regexp{}}
	if d, ok := root["$defs"].(map[string]any); ok {
		s.defs = d
	}
	if err := s.check(root, "#"); err != nil {
		return nil, err
	}
	return s, nil
}

// check verifies that a schema uses only known keywords and compiles its
// patterns.
func (s *Schema) check(v any, at string) error {
	if _, ok := v.(bool); ok {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("%w: %s is not a schema", ErrSchema, at)
	}
	for k, x := range m {
		switch {
		case slices.Contains(annotations, k) && k != "$defs":
		case k == "$defs" || k == "properties":
			for name, sub := range x.(map[string]any) {
				if err := s.check(sub, at+"/"+k+"/"+name); err != nil {
					return err
				}
			}
		case k == "items" || k == "additionalProperties":
			if err := s.check(x, at+"/"+k); err != nil {
				return err
			}
		case k == "anyOf" || k == "oneOf":
			for i, sub := range x.([]any) {
				if err := s.check(sub, fmt.Sprintf("%s/%s/%d", at, k, i)); err != nil {
					return err
				}
			}
		case k == "pattern":
			re, err := regexp.Compile(x.(string))
			if err != nil {
				return fmt.Errorf("%w: %s: %v", ErrSchema, at, err)
			}
			s.re[x.(string)] = re
		case k == "$ref":
			name, ok := strings.CutPrefix(x.(string), "#/$defs/")
			if _, found := s.defs[name]; !ok || !found {
				return fmt.Errorf("%w: %s: $ref %q is not #/$defs/NAME of this file", ErrSchema, at, x)
			}
		case slices.Contains(keywords, k):
		default:
			return fmt.Errorf("%w: %s: keyword %q is not supported", ErrSchema, at, k)
		}
	}
	return nil
}

// Validate checks the JSON document b.
func (s *Schema) Validate(b []byte) error {
	var v any
	if err := decode(b, &v); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	return s.validate(s.root, v, "")
}

func decode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // to tell integers from other numbers
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("more than one JSON value")
	}
	return nil
}

func fail(at, format string, args ...any) error {
	if at == "" {
		at = "/"
	}
	return fmt.Errorf("%w: %s: %s", ErrInvalid, at, fmt.Sprintf(format, args...))
}

func typeOf(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		if _, ok := new(big.Int).SetString(x.String(), 10); ok {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

func (s *Schema) validate(sch, v any, at string) error {
	if b, ok := sch.(bool); ok {
		if !b {
			return fail(at, "no value is allowed here")
		}
		return nil
	}
	m := sch.(map[string]any)
	if ref, ok := m["$ref"].(string); ok {
		if err := s.validate(s.defs[strings.TrimPrefix(ref, "#/$defs/")], v, at); err != nil {
			return err
		}
	}
	if t, ok := m["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		got := typeOf(v)
		if !slices.Contains(types, got) && !(got == "integer" && slices.Contains(types, "number")) {
			return fail(at, "%s, want %s", got, strings.Join(types, " or "))
		}
	}
	if e, ok := m["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return equal(x, v) }) {
		return fail(at, "%v is not one of %v", v, e)
	}
	if c, ok := m["const"]; ok && !equal(c, v) {
		return fail(at, "%v, want %v", v, c)
	}
	if p, ok := m["pattern"].(string); ok {
		if str, ok := v.(string); ok && !s.re[p].MatchString(str) {
			return fail(at, "%q does not match %s", str, p)
		}
	}
	if n, ok := v.(json.Number); ok {
		f, _ := n.Float64()
		if min, ok := m["minimum"].(json.Number); ok {
			if lo, _ := min.Float64(); f < lo {
				return fail(at, "%v is below %v", n, min)
			}
		}
		if max, ok := m["maximum"].(json.Number); ok {
			if hi, _ := max.Float64(); f > hi {
				return fail(at, "%v is above %v", n, max)
			}
		}
	}
	if arr, ok := v.([]any); ok {
		if n, ok := m["minItems"].(json.Number); ok {
			if lo, _ := n.Int64(); int64(len(arr)) < lo {
				return fail(at, "%d items, want at least %d", len(arr), lo)
			}
		}
		if n, ok := m["maxItems"].(json.Number); ok {
			if hi, _ := n.Int64(); int64(len(arr)) > hi {
				return fail(at, "%d items, want at most %d", len(arr), hi)
			}
		}
		if items, ok := m["items"]; ok {
			for i, x := range arr {
				if err := s.validate(items, x, fmt.Sprintf("%s/%d", at, i)); err != nil {
					return err
				}
			}
		}
	}
	if obj, ok := v.(map[string]any); ok {
		props, _ := m["properties"].(map[string]any)
		if req, ok := m["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[r.(string)]; !ok {
					return fail(at, "member %q is missing", r)
				}
			}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys) // the first error is the same on every run
		for _, k := range keys {
			sub, ok := props[k]
			if !ok {
				add, has := m["additionalProperties"]
				if !has {
					continue
				}
				sub = add
			}
			if err := s.validate(sub, obj[k], at+"/"+k); err != nil {
				return err
			}
		}
	}
	if alts, ok := m["anyOf"].([]any); ok {
		var errs []error
		for _, sub := range alts {
			err := s.validate(sub, v, at)
			if err == nil {
				errs = nil
				break
			}
			errs = append(errs, err)
		}
		if errs != nil {
			return fail(at, "matches none of anyOf: %v", errors.Join(errs...))
		}
	}
	if one, ok := m["oneOf"].([]any); ok {
		n := 0
		for _, sub := range one {
			if s.validate(sub, v, at) == nil {
				n++
			}
		}
		if n != 1 {
			return fail(at, "matches %d of oneOf, want exactly 1", n)
		}
	}
	return nil
}

// equal compares decoded JSON values; numbers by value.
func equal(a, b any) bool {
	if x, ok := a.(json.Number); ok {
		y, ok := b.(json.Number)
		if !ok {
			return false
		}
		fx, _ := new(big.Float).SetString(x.String())
		fy, _ := new(big.Float).SetString(y.String())
		return fx != nil && fy != nil && fx.Cmp(fy) == 0
	}
	ab, _ := json.Marshal(a)
	bb, _ := json.Marshal(b)
	return bytes.Equal(ab, bb)
}
