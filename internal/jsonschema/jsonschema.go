// Package jsonschema validates JSON values against the subset of JSON
// Schema draft 2020-12 that the project's schemas use, for tests: type,
// properties, required, additionalProperties, unevaluatedProperties,
// items, minItems, maxItems, enum, const, pattern, format, minimum,
// maximum, anyOf, oneOf and $ref. Of format only "uri" (RFC 3986) and
// "date-time" (RFC 3339) are known, and they are asserted, as the
// optional format-assertion vocabulary of 2020-12 does (by default
// 2020-12 only annotates with format). A $ref names "#/$defs/NAME" of the
// same file (also written as the root's $id followed by that fragment),
// or another document that Compile was told is unavailable (see
// Unavailable). A keyword outside that subset is an error, not ignored,
// so that a schema cannot say more than is checked; so are a $schema
// other than draft 2020-12 and a $schema or $id below the root. The
// keywords that only annotate ($comment, title, description, examples,
// default) are accepted and ignored.
package jsonschema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/netip"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// ErrInvalid is wrapped by every error that says a value does not match.
var ErrInvalid = errors.New("jsonschema: invalid")

// ErrSchema is wrapped by errors in the schema itself.
var ErrSchema = errors.New("jsonschema: bad schema")

// Draft is the meta-schema whose semantics the package implements; a
// schema's $schema, when it has one, must name it.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// Schema is a compiled schema.
type Schema struct {
	root        map[string]any
	defs        map[string]any
	base        string                    // the root's $id without its fragment
	re          map[string]*regexp.Regexp // by pattern
	refs        map[string]any            // $ref to its target; nil when unavailable
	unavailable map[string]bool
}

// An Option changes how Compile reads a schema.
type Option func(*Schema)

// Unavailable names documents, by absolute URI (a trailing "#" is
// dropped), that a $ref of the schema may point into although they are
// not at hand. Such a $ref compiles, and every value that reaches it is
// invalid, with an error saying that the schema it must match is not
// available: the part of a document that cannot be checked is refused,
// never passed unchecked. Without this option a $ref to another document
// is an error of the schema.
func Unavailable(uris ...string) Option {
	return func(s *Schema) {
		for _, u := range uris {
			s.unavailable[strings.TrimSuffix(u, "#")] = true
		}
	}
}

// annotations are keywords that do not constrain: they document the
// schema, and default is not applied by a validator.
var annotations = []string{"$comment", "title", "description", "examples", "default"}

var types = []string{"null", "boolean", "string", "integer", "number", "array", "object"}

// formats are the values of format that are checked.
var formats = map[string]func(string) bool{
	"uri":       isURI,
	"date-time": isDateTime,
}

// Compile reads a schema.
func Compile(b []byte, opts ...Option) (*Schema, error) {
	var root map[string]any
	if err := decode(b, &root); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSchema, err)
	}
	s := &Schema{root: root, re: map[string]*regexp.Regexp{}, refs: map[string]any{}, unavailable: map[string]bool{}}
	for _, o := range opts {
		o(s)
	}
	if x, ok := root["$schema"]; ok {
		if str, ok := x.(string); !ok || strings.TrimSuffix(str, "#") != Draft {
			return nil, fmt.Errorf("%w: $schema %v: only %s is supported", ErrSchema, x, Draft)
		}
	}
	if x, ok := root["$id"]; ok {
		id, ok := x.(string)
		doc, frag, _ := strings.Cut(id, "#")
		if !ok || !isURI(doc) || frag != "" {
			return nil, fmt.Errorf("%w: $id %v is not an absolute URI without a fragment", ErrSchema, x)
		}
		s.base = doc
	}
	if x, ok := root["$defs"]; ok {
		d, ok := x.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: #/$defs is not an object", ErrSchema)
		}
		s.defs = d
	}
	if err := s.check(root, "#"); err != nil {
		return nil, err
	}
	return s, nil
}

// resolve finds the target of a $ref: a schema of $defs, or nil for a
// document declared unavailable.
func (s *Schema) resolve(ref string) (any, bool) {
	doc, frag, _ := strings.Cut(ref, "#")
	if doc != "" && doc != s.base {
		if isURI(doc) && s.unavailable[doc] {
			return nil, true
		}
		return nil, false
	}
	name, ok := strings.CutPrefix(frag, "/$defs/")
	if !ok || strings.Contains(name, "/") || strings.Contains(name, "~") {
		return nil, false
	}
	target, ok := s.defs[name]
	return target, ok
}

// check verifies that a schema uses only known keywords, with values of
// the right kind, compiles its patterns and resolves its references.
func (s *Schema) check(v any, at string) error {
	if _, ok := v.(bool); ok {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("%w: %s is not a schema", ErrSchema, at)
	}
	bad := func(k, want string) error {
		return fmt.Errorf("%w: %s/%s is not %s", ErrSchema, at, k, want)
	}
	for k, x := range m {
		switch k {
		case "$schema", "$id":
			if at != "#" {
				return fmt.Errorf("%w: %s: %s is only supported at the root", ErrSchema, at, k)
			}
		case "$defs", "properties":
			sub, ok := x.(map[string]any)
			if !ok {
				return bad(k, "an object")
			}
			for name, sch := range sub {
				if err := s.check(sch, at+"/"+k+"/"+name); err != nil {
					return err
				}
			}
		case "items", "additionalProperties", "unevaluatedProperties":
			if err := s.check(x, at+"/"+k); err != nil {
				return err
			}
		case "anyOf", "oneOf":
			alts, ok := x.([]any)
			if !ok || len(alts) == 0 {
				return bad(k, "a non-empty array")
			}
			for i, sub := range alts {
				if err := s.check(sub, fmt.Sprintf("%s/%s/%d", at, k, i)); err != nil {
					return err
				}
			}
		case "type":
			list, ok := x.([]any)
			if str, isStr := x.(string); isStr {
				list, ok = []any{str}, true
			}
			if !ok || len(list) == 0 {
				return bad(k, "a type name or a non-empty array of them")
			}
			for _, t := range list {
				if str, ok := t.(string); !ok || !slices.Contains(types, str) {
					return bad(k, "a type name or a non-empty array of them")
				}
			}
		case "required":
			list, ok := x.([]any)
			if !ok {
				return bad(k, "an array of strings")
			}
			for _, r := range list {
				if _, ok := r.(string); !ok {
					return bad(k, "an array of strings")
				}
			}
		case "enum":
			if _, ok := x.([]any); !ok {
				return bad(k, "an array")
			}
		case "const":
		case "minimum", "maximum":
			if _, ok := x.(json.Number); !ok {
				return bad(k, "a number")
			}
		case "minItems", "maxItems":
			n, ok := x.(json.Number)
			if i, err := n.Int64(); !ok || err != nil || i < 0 {
				return bad(k, "a non-negative integer")
			}
		case "pattern":
			p, ok := x.(string)
			if !ok {
				return bad(k, "a string")
			}
			re, err := regexp.Compile(p)
			if err != nil {
				return fmt.Errorf("%w: %s: %v", ErrSchema, at, err)
			}
			s.re[p] = re
		case "format":
			if f, ok := x.(string); !ok || formats[f] == nil {
				return fmt.Errorf("%w: %s: format %v is not supported (only uri and date-time)", ErrSchema, at, x)
			}
		case "$ref":
			ref, ok := x.(string)
			if !ok {
				return bad(k, "a string")
			}
			target, found := s.resolve(ref)
			if !found {
				return fmt.Errorf("%w: %s: $ref %q is neither #/$defs/NAME of this file nor a document declared unavailable", ErrSchema, at, ref)
			}
			s.refs[ref] = target
		default:
			if !slices.Contains(annotations, k) {
				return fmt.Errorf("%w: %s: keyword %q is not supported", ErrSchema, at, k)
			}
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
	_, err := s.validate(s.root, v, "")
	return err
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

// rat is the exact value of a JSON number.
func rat(n json.Number) *big.Rat {
	r, ok := new(big.Rat).SetString(n.String())
	if !ok {
		return nil
	}
	return r
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
		// Draft 2020-12: a number with a zero fraction (1.0) is an integer.
		if r := rat(x); r != nil && r.IsInt() {
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

// validate checks v against sch. When v is an object, it also returns the
// names of the members that sch evaluated: those its properties,
// additionalProperties and unevaluatedProperties applied to, and those
// evaluated by the subschemas of its $ref, anyOf and oneOf that v
// matched. unevaluatedProperties applies to the other members.
func (s *Schema) validate(sch, v any, at string) (map[string]bool, error) {
	if b, ok := sch.(bool); ok {
		if !b {
			return nil, fail(at, "no value is allowed here")
		}
		return nil, nil
	}
	m := sch.(map[string]any)
	evaluated := map[string]bool{}
	if ref, ok := m["$ref"].(string); ok {
		target := s.refs[ref]
		if target == nil {
			return nil, fail(at, "the schema %s is not available, so the value cannot be checked", ref)
		}
		ev, err := s.validate(target, v, at)
		if err != nil {
			return nil, err
		}
		addAll(evaluated, ev)
	}
	if t, ok := m["type"]; ok {
		var want []string
		switch t := t.(type) {
		case string:
			want = []string{t}
		case []any:
			for _, x := range t {
				want = append(want, x.(string))
			}
		}
		got := typeOf(v)
		if !slices.Contains(want, got) && !(got == "integer" && slices.Contains(want, "number")) {
			return nil, fail(at, "%s, want %s", got, strings.Join(want, " or "))
		}
	}
	if e, ok := m["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return equal(x, v) }) {
		return nil, fail(at, "%v is not one of %v", v, e)
	}
	if c, ok := m["const"]; ok && !equal(c, v) {
		return nil, fail(at, "%v, want %v", v, c)
	}
	if str, ok := v.(string); ok {
		if p, ok := m["pattern"].(string); ok && !s.re[p].MatchString(str) {
			return nil, fail(at, "%q does not match %s", str, p)
		}
		if f, ok := m["format"].(string); ok && !formats[f](str) {
			return nil, fail(at, "%q is not a %s", str, f)
		}
	}
	if n, ok := v.(json.Number); ok {
		x := rat(n)
		if min, ok := m["minimum"].(json.Number); ok {
			if lo := rat(min); x == nil || lo == nil || x.Cmp(lo) < 0 {
				return nil, fail(at, "%v is below %v", n, min)
			}
		}
		if max, ok := m["maximum"].(json.Number); ok {
			if hi := rat(max); x == nil || hi == nil || x.Cmp(hi) > 0 {
				return nil, fail(at, "%v is above %v", n, max)
			}
		}
	}
	if arr, ok := v.([]any); ok {
		if n, ok := m["minItems"].(json.Number); ok {
			if lo, _ := n.Int64(); int64(len(arr)) < lo {
				return nil, fail(at, "%d items, want at least %d", len(arr), lo)
			}
		}
		if n, ok := m["maxItems"].(json.Number); ok {
			if hi, _ := n.Int64(); int64(len(arr)) > hi {
				return nil, fail(at, "%d items, want at most %d", len(arr), hi)
			}
		}
		if items, ok := m["items"]; ok {
			for i, x := range arr {
				if _, err := s.validate(items, x, fmt.Sprintf("%s/%d", at, i)); err != nil {
					return nil, err
				}
			}
		}
	}
	obj, isObj := v.(map[string]any)
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the first error is the same on every run
	if isObj {
		props, _ := m["properties"].(map[string]any)
		if req, ok := m["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[r.(string)]; !ok {
					return nil, fail(at, "member %q is missing", r)
				}
			}
		}
		add, hasAdd := m["additionalProperties"]
		for _, k := range keys {
			sub, ok := props[k]
			if !ok {
				if !hasAdd {
					continue
				}
				sub = add
			}
			if _, err := s.validate(sub, obj[k], at+"/"+k); err != nil {
				return nil, err
			}
			evaluated[k] = true
		}
	}
	if alts, ok := m["anyOf"].([]any); ok {
		// Every alternative is tried, not only up to the first that
		// matches: the members each matching one evaluates count.
		var errs []error
		for _, sub := range alts {
			ev, err := s.validate(sub, v, at)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			addAll(evaluated, ev)
		}
		if len(errs) == len(alts) {
			return nil, fail(at, "matches none of anyOf: %v", errors.Join(errs...))
		}
	}
	if one, ok := m["oneOf"].([]any); ok {
		n := 0
		var matched map[string]bool
		for _, sub := range one {
			if ev, err := s.validate(sub, v, at); err == nil {
				n++
				matched = ev
			}
		}
		if n != 1 {
			return nil, fail(at, "matches %d of oneOf, want exactly 1", n)
		}
		addAll(evaluated, matched)
	}
	// unevaluatedProperties comes last: it needs what all the others
	// evaluated.
	if un, ok := m["unevaluatedProperties"]; ok && isObj {
		for _, k := range keys {
			if evaluated[k] {
				continue
			}
			if _, err := s.validate(un, obj[k], at+"/"+k); err != nil {
				if b, ok := un.(bool); ok && !b {
					return nil, fail(at, "member %q is not allowed (unevaluatedProperties is false)", k)
				}
				return nil, err
			}
			evaluated[k] = true
		}
	}
	return evaluated, nil
}

func addAll(dst, src map[string]bool) {
	for k := range src {
		dst[k] = true
	}
}

// equal compares decoded JSON values; numbers by value.
func equal(a, b any) bool {
	if x, ok := a.(json.Number); ok {
		y, ok := b.(json.Number)
		if !ok {
			return false
		}
		rx, ry := rat(x), rat(y)
		return rx != nil && ry != nil && rx.Cmp(ry) == 0
	}
	ab, _ := json.Marshal(a)
	bb, _ := json.Marshal(b)
	return bytes.Equal(ab, bb)
}

// isDateTime reports whether s is a date-time of RFC 3339, section 5.6:
// full-date "T" full-time, as 2006-01-02T15:04:05, an optional fraction
// of a second, and "Z" or an offset ±hh:mm. As RFC 3339 allows, "T" and
// "Z" may be in lower case, and the second may be 60 (a leap second),
// which then falls at 23:59:60 UTC.
func isDateTime(s string) bool {
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
			n = n*10 + int(t[i]-'0')
		}
		return n, true
	}
	if len(s) < len("2006-01-02T15:04:05Z") || s[4] != '-' || s[7] != '-' ||
		(s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':' {
		return false
	}
	year, ok1 := num(s[0:4])
	month, ok2 := num(s[5:7])
	day, ok3 := num(s[8:10])
	hour, ok4 := num(s[11:13])
	minute, ok5 := num(s[14:16])
	second, ok6 := num(s[17:19])
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 ||
		month < 1 || month > 12 || day < 1 || day > daysIn(year, month) ||
		hour > 23 || minute > 59 || second > 60 {
		return false
	}
	rest := s[19:]
	if strings.HasPrefix(rest, ".") {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 1 {
			return false
		}
		rest = rest[i:]
	}
	offset := 0 // minutes east of UTC
	switch {
	case rest == "Z" || rest == "z":
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		h, ok1 := num(rest[1:3])
		m, ok2 := num(rest[4:6])
		if !ok1 || !ok2 || h > 23 || m > 59 {
			return false
		}
		offset = h*60 + m
		if rest[0] == '-' {
			offset = -offset
		}
	default:
		return false
	}
	if second == 60 {
		utc := ((hour*60+minute-offset)%1440 + 1440) % 1440
		return utc == 23*60+59
	}
	return true
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// isURI reports whether s is a URI of RFC 3986, section 3: a scheme, ":",
// a hierarchical part (an authority after "//" and a path, or a path
// alone), an optional "?" query and an optional "#" fragment, in ASCII
// with other bytes percent-encoded. A relative reference is not a URI.
func isURI(s string) bool {
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || !isScheme(scheme) {
		return false
	}
	rest, fragment, _ := strings.Cut(rest, "#")
	rest, query, _ := strings.Cut(rest, "?")
	if !allOf(fragment, "/?") || !allOf(query, "/?") {
		return false
	}
	path := rest
	if after, ok := strings.CutPrefix(rest, "//"); ok {
		authority := after
		if i := strings.IndexByte(after, '/'); i >= 0 {
			authority, path = after[:i], after[i:]
		} else {
			path = ""
		}
		if !isAuthority(authority) {
			return false
		}
	}
	return allOf(path, "/")
}

func isScheme(s string) bool {
	if s == "" || !isAlpha(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// isAuthority checks [ userinfo "@" ] host [ ":" port ].
func isAuthority(s string) bool {
	if userinfo, host, ok := strings.Cut(s, "@"); ok {
		if !charsOf(userinfo, ":", false) {
			return false
		}
		s = host
	}
	host, port := s, ""
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 || !isIPLiteral(s[1:end]) {
			return false
		}
		host = s[:end+1]
		switch after := s[end+1:]; {
		case after == "":
		case after[0] == ':':
			port = after[1:]
		default:
			return false
		}
	} else {
		if i := strings.IndexByte(s, ':'); i >= 0 {
			host, port = s[:i], s[i+1:]
		}
		if !charsOf(host, "", false) { // reg-name, which includes IPv4address
			return false
		}
	}
	for i := 0; i < len(port); i++ {
		if !isDigit(port[i]) {
			return false
		}
	}
	return true
}

// isIPLiteral checks what is between "[" and "]": an IPv6 address or
// "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ).
func isIPLiteral(s string) bool {
	if strings.HasPrefix(s, "v") || strings.HasPrefix(s, "V") {
		ver, rest, ok := strings.Cut(s[1:], ".")
		if !ok || ver == "" || rest == "" {
			return false
		}
		for i := 0; i < len(ver); i++ {
			if !isHex(ver[i]) {
				return false
			}
		}
		return charsOf(rest, ":", true)
	}
	if strings.ContainsAny(s, "%") { // no zone: RFC 3986 has none
		return false
	}
	a, err := netip.ParseAddr(s)
	return err == nil && a.Is6()
}

// allOf checks that s is made of pchar (unreserved, percent-encoded,
// sub-delims, ":" and "@") and the bytes of extra.
func allOf(s, extra string) bool {
	return charsOf(s, ":@"+extra, false)
}

// charsOf checks that s is made of unreserved characters, sub-delims,
// percent-encoded bytes (unless noPct) and the bytes of extra.
func charsOf(s, extra string, noPct bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isAlpha(c) || isDigit(c) || strings.IndexByte("-._~", c) >= 0: // unreserved
		case strings.IndexByte("!$&'()*+,;=", c) >= 0: // sub-delims
		case strings.IndexByte(extra, c) >= 0:
		case c == '%' && !noPct:
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
		default:
			return false
		}
	}
	return true
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isHex(c byte) bool   { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
