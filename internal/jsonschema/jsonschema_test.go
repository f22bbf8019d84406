package jsonschema

import (
	"errors"
	"testing"
)

const testSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "required": ["n", "kind"],
  "additionalProperties": false,
  "properties": {
    "n": {"type": "integer", "minimum": 0, "maximum": 10},
    "x": {"type": "number"},
    "kind": {"enum": ["a", "b"]},
    "name": {"type": "string", "pattern": "^[A-Z]"},
    "span": {"$ref": "#/$defs/span"},
    "tags": {"type": "object", "additionalProperties": {"type": "string"}},
    "v": {"const": 2},
    "either": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    "one": {"oneOf": [{"type": "integer"}, {"type": "number"}]}
  },
  "$defs": {
    "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}
  }
}`

func TestValidate(t *testing.T) {
	s, err := Compile([]byte(testSchema))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		doc string
		ok  bool
	}{
		{`{"n": 1, "kind": "a"}`, true},
		{`{"n": 1, "kind": "a", "x": 1.5, "name": "Ann", "span": [1, 2], "tags": {"k": "v"}, "v": 2.0, "either": null}`, true},
		{`{"n": 1}`, false},                                 // required
		{`{"n": 1.5, "kind": "a"}`, false},                  // integer
		{`{"n": -1, "kind": "a"}`, false},                   // minimum
		{`{"n": 11, "kind": "a"}`, false},                   // maximum
		{`{"n": 1, "kind": "c"}`, false},                    // enum
		{`{"n": 1, "kind": "a", "extra": 1}`, false},        // additionalProperties false
		{`{"n": 1, "kind": "a", "name": "ann"}`, false},     // pattern
		{`{"n": 1, "kind": "a", "span": [1]}`, false},       // $ref, minItems
		{`{"n": 1, "kind": "a", "span": [1, 2, 3]}`, false}, // maxItems
		{`{"n": 1, "kind": "a", "span": [1, "2"]}`, false},  // items
		{`{"n": 1, "kind": "a", "tags": {"k": 1}}`, false},  // additionalProperties schema
		{`{"n": 1, "kind": "a", "v": 3}`, false},            // const
		{`{"n": 1, "kind": "a", "either": 1}`, false},       // anyOf
		{`{"n": 1, "kind": "a", "one": 1}`, false},          // oneOf: both match
		{`{"n": 1, "kind": "a", "one": 1.5}`, true},         // oneOf: one matches
		{`{"n": 1.0, "kind": "a"}`, true},                   // 1.0 is an integer
		{`{"n": 1e0, "kind": "a"}`, true},                   // so is 1e0
		{`[]`, false},                                       // type
		{`{"n": 1, "kind": "a"} {}`, false},                 // two values
	}
	for _, tc := range tests {
		err := s.Validate([]byte(tc.doc))
		if (err == nil) != tc.ok {
			t.Errorf("Validate(%s) = %v, want ok=%v", tc.doc, err, tc.ok)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("Validate(%s): %v does not wrap ErrInvalid", tc.doc, err)
		}
	}
}

func TestCompileRejects(t *testing.T) {
	for _, sch := range []string{
		`{"type": "object", "minProperties": 1}`, // a keyword not checked
		`{"$ref": "#/$defs/missing"}`,
		`{"$ref": "other.json#/x", "$defs": {}}`,
		`{"pattern": "("}`,
		`{"type": "float"}`,
		`{"required": "a"}`,
		`{"minItems": -1}`,
		`{"anyOf": []}`,
		`{"properties": {"a": 3}}`,
		`[`,
	} {
		if _, err := Compile([]byte(sch)); !errors.Is(err, ErrSchema) {
			t.Errorf("Compile(%s) = %v, want ErrSchema", sch, err)
		}
	}
}

// check compiles sch and validates each document, wanting ok or not.
func check(t *testing.T, sch string, opts []Option, docs map[string]bool) {
	t.Helper()
	s, err := Compile([]byte(sch), opts...)
	if err != nil {
		t.Fatalf("Compile(%s): %v", sch, err)
	}
	for doc, ok := range docs {
		err := s.Validate([]byte(doc))
		if (err == nil) != ok {
			t.Errorf("schema %s: Validate(%s) = %v, want ok=%v", sch, doc, err, ok)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("schema %s: Validate(%s): %v does not wrap ErrInvalid", sch, doc, err)
		}
	}
}

func TestFormat(t *testing.T) {
	check(t, `{"type": "object", "properties": {"t": {"format": "date-time"}, "u": {"format": "uri"}}}`, nil, map[string]bool{
		`{"t": "2018-04-05T00:54:00+02:00", "u": "urn:newsdoc:0a1b"}`: true,
		`{"t": "2018-04-05T00:54:00", "u": "urn:newsdoc:0a1b"}`:       false, // no offset
		`{"t": "2018-04-05T00:54:00Z", "u": "newsdoc/0a1b"}`:          false, // relative reference
		`{"t": 3, "u": true}`: true, // format applies to strings only
	})
	for _, sch := range []string{`{"format": "email"}`, `{"format": 3}`} {
		if _, err := Compile([]byte(sch)); !errors.Is(err, ErrSchema) {
			t.Errorf("Compile(%s) = %v, want ErrSchema", sch, err)
		}
	}
}

func TestIsDateTime(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"2018-04-05T00:54:00Z", true},
		{"2018-04-05T00:54:00+02:00", true},
		{"2018-04-05T00:54:00-11:30", true},
		{"2018-04-05T00:54:07.5Z", true},
		{"2018-04-05T00:54:07.123456789+00:00", true},
		{"2018-04-05t00:54:00z", true},         // RFC 3339 allows lower case
		{"2016-12-31T23:59:60Z", true},         // leap second
		{"2016-12-31T15:59:60-08:00", true},    // the same leap second
		{"2016-12-31T22:59:60Z", false},        // not at 23:59 UTC
		{"2020-02-29T12:00:00Z", true},         // leap year
		{"2000-02-29T12:00:00Z", true},         // divisible by 400
		{"1900-02-29T12:00:00Z", false},        // divisible by 100
		{"2019-02-29T12:00:00Z", false},        // not a leap year
		{"2018-04-31T12:00:00Z", false},        // April has 30 days
		{"2018-13-01T12:00:00Z", false},        // month
		{"2018-00-01T12:00:00Z", false},        // month
		{"2018-04-00T12:00:00Z", false},        // day
		{"2018-04-05T24:00:00Z", false},        // hour
		{"2018-04-05T12:60:00Z", false},        // minute
		{"2018-04-05T12:00:61Z", false},        // second
		{"2018-04-05T00:54:00", false},         // no offset
		{"2018-04-05T00:54Z", false},           // no seconds
		{"2018-04-05 00:54:00Z", false},        // space for T
		{"2018-04-05T00:54:00.Z", false},       // empty fraction
		{"2018-04-05T00:54:00+0200", false},    // offset without colon
		{"2018-04-05T00:54:00+24:00", false},   // offset hour
		{"2018-04-05T00:54:00+02:60", false},   // offset minute
		{"2018-04-05", false},                  // a date
		{"18-04-05T00:54:00Z", false},          // two-digit year
		{"2018-04-05T00:54:00Z ", false},       // trailing space
		{"2018-04-05T00:54:00Zx", false},       // trailing text
		{"２018-04-05T00:54:00Z", false},        // non-ASCII digit
		{"2018-04-05T00:54:00.5+02:00", true},  // fraction and offset
		{"2018-04-05T00:54:00,5+02:00", false}, // comma fraction
		{"+2018-04-05T00:54:00Z", false},       // sign
	} {
		if got := isDateTime(tc.in); got != tc.ok {
			t.Errorf("isDateTime(%q) = %v, want %v", tc.in, got, tc.ok)
		}
	}
}

func TestIsURI(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"urn:newsdoc:0a1b2c", true},
		{"http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json", true},
		{"http://cv.iptc.org/newscodes/mediatopic/11000000", true},
		{"https://user:pw@example.com:8080/a/b;c?q=1&r=%20#frag/x?y", true},
		{"http://example.com", true},
		{"http://example.com:", true}, // empty port
		{"http://[::1]:80/", true},
		{"http://[2001:db8::ffff:1.2.3.4]/", true},
		{"http://[v7.abc:def]/", true},
		{"http://192.168.0.1/", true},
		{"file:///etc/hosts", true}, // empty authority
		{"mailto:someone@example.com", true},
		{"tag:", true}, // empty path
		{"a+b-c.d:x", true},
		{"/relative/path", false},           // no scheme
		{"relative", false},                 // no scheme
		{"//example.com/", false},           // network-path reference
		{"1http://example.com/", false},     // scheme starts with a digit
		{"ht tp://example.com/", false},     // space in scheme
		{":nothing", false},                 // empty scheme
		{"http://example.com/a b", false},   // space
		{"http://example.com/%zz", false},   // bad percent-encoding
		{"http://example.com/%2", false},    // short percent-encoding
		{"http://example.com/é", false},     // not ASCII (an IRI)
		{"http://exa mple.com/", false},     // space in host
		{"http://example.com:80a/", false},  // port
		{"http://[::1/", false},             // unclosed IP literal
		{"http://[1.2.3.4]/", false},        // IPv4 in brackets
		{"http://[fe80::1%25eth0]/", false}, // zone (RFC 6874, not 3986)
		{"http://[::1]x/", false},           // text after IP literal
		{"http://[v.x]/", false},            // IPvFuture without version
		{"http://a@b@c/", false},            // two @
		{"http://example.com/#a#b", false},  // two #
		{"http://example.com/{x}", false},   // braces
		{"urn:x:\\y", false},                // backslash
	} {
		if got := isURI(tc.in); got != tc.ok {
			t.Errorf("isURI(%q) = %v, want %v", tc.in, got, tc.ok)
		}
	}
}

func TestUnevaluatedProperties(t *testing.T) {
	// The members evaluated by $ref and properties are evaluated; the
	// others must match unevaluatedProperties.
	check(t, `{
	  "$ref": "#/$defs/base",
	  "properties": {"b": {"type": "integer"}},
	  "unevaluatedProperties": {"type": "string"},
	  "$defs": {"base": {"properties": {"a": {"type": "integer"}}}}
	}`, nil, map[string]bool{
		`{}`:                 true,
		`{"a": 1, "b": 2}`:   true,  // by $ref and properties
		`{"a": 1, "z": "s"}`: true,  // z is unevaluated and a string
		`{"a": 1, "z": 3}`:   false, // z is unevaluated and not a string
		`{"a": "x"}`:         false, // the $ref's properties fail
		`[1]`:                true,  // applies to objects only
	})
	// additionalProperties evaluates the members it applies to.
	check(t, `{"properties": {"a": true}, "additionalProperties": {"type": "integer"}, "unevaluatedProperties": false}`, nil, map[string]bool{
		`{"a": "x", "b": 1}`: true,
		`{"b": "x"}`:         false,
	})
	// Every alternative of anyOf that matches evaluates its members; one
	// that does not match evaluates none.
	check(t, `{"anyOf": [{"properties": {"c": true}, "required": ["c"]}, {"properties": {"d": true}, "required": ["d"]}], "unevaluatedProperties": false}`, nil, map[string]bool{
		`{"c": 1}`:         true,
		`{"c": 1, "d": 2}`: true,  // both alternatives match
		`{"c": 1, "x": 1}`: false, // x unevaluated
		`{}`:               false, // no alternative matches
	})
	check(t, `{"anyOf": [{"properties": {"c": {"type": "string"}}}, {"properties": {"d": true}}], "unevaluatedProperties": false}`, nil, map[string]bool{
		`{"c": "s", "d": 2}`: true,
		`{"c": 1, "d": 2}`:   false, // the first alternative fails, so c is unevaluated
	})
	// The alternative of oneOf that matches evaluates its members;
	// required evaluates none.
	check(t, `{"oneOf": [{"properties": {"e": true}, "required": ["e"]}, {"required": ["f"]}], "unevaluatedProperties": false}`, nil, map[string]bool{
		`{"e": 1}`:         true,
		`{"f": 1}`:         false, // f is required but not evaluated
		`{"e": 1, "f": 2}`: false, // both alternatives match
		`{"e": 1, "g": 1}`: false,
	})
	// unevaluatedProperties in a referenced schema sees only what that
	// schema evaluates, not the members its referrer's properties list.
	check(t, `{"$ref": "#/$defs/closed", "properties": {"name": true}, "$defs": {"closed": {"properties": {"uri": true}, "unevaluatedProperties": false}}}`, nil, map[string]bool{
		`{"uri": "x"}`:              true,
		`{"uri": "x", "name": "n"}`: false,
	})
	// The members of a member's value are not the object's own.
	check(t, `{"properties": {"o": {"properties": {"x": true}}}, "unevaluatedProperties": false}`, nil, map[string]bool{
		`{"o": {"x": 1}}`: true,
		`{"x": 1}`:        false,
	})
}

func TestRef(t *testing.T) {
	const geo = "https://example.org/geo.json"
	// A $ref into a document declared unavailable compiles; a value that
	// reaches it is invalid, never passed unchecked.
	sch := `{"properties": {"place": {"$ref": "` + geo + `#"}, "at": {"$ref": "` + geo + `#/$defs/point"}}}`
	check(t, sch, []Option{Unavailable(geo)}, map[string]bool{
		`{}`:                  true,
		`{"place": {}}`:       false,
		`{"at": [1, 2]}`:      false,
		`{"other": {"x": 1}}`: true,
	})
	if _, err := Compile([]byte(sch)); !errors.Is(err, ErrSchema) {
		t.Errorf("Compile without Unavailable = %v, want ErrSchema", err)
	}
	if _, err := Compile([]byte(sch), Unavailable("https://example.org/other.json")); !errors.Is(err, ErrSchema) {
		t.Errorf("Compile with another document unavailable = %v, want ErrSchema", err)
	}
	// The root's $id followed by a fragment names this file.
	check(t, `{
	  "$schema": "https://json-schema.org/draft/2020-12/schema",
	  "$id": "http://example.org/s.json#",
	  "properties": {"a": {"$ref": "http://example.org/s.json#/$defs/int"}, "b": {"$ref": "#/$defs/int"}},
	  "$defs": {"int": {"type": "integer"}}
	}`, nil, map[string]bool{
		`{"a": 1, "b": 2}`: true,
		`{"a": "1"}`:       false,
		`{"b": "2"}`:       false,
	})
}

func TestCompileDraft(t *testing.T) {
	for _, tc := range []struct {
		sch string
		ok  bool
	}{
		{`{"$schema": "https://json-schema.org/draft/2020-12/schema"}`, true},
		{`{"$schema": "https://json-schema.org/draft/2020-12/schema#"}`, true},
		{`{"$schema": "http://json-schema.org/draft-07/schema#"}`, false}, // other semantics
		{`{"$schema": "https://json-schema.org/draft/2019-09/schema"}`, false},
		{`{"$schema": 7}`, false},
		{`{"properties": {"a": {"$schema": "https://json-schema.org/draft/2020-12/schema"}}}`, false}, // below the root
		{`{"$id": "http://example.org/s.json"}`, true},
		{`{"$id": "http://example.org/s.json#"}`, true},
		{`{"$id": "http://example.org/s.json#x"}`, false},                      // a fragment
		{`{"$id": "s.json"}`, false},                                           // relative
		{`{"properties": {"a": {"$id": "http://example.org/a.json"}}}`, false}, // below the root
		{`{"$ref": "#/$defs/a/b", "$defs": {"a": {}}}`, false},                 // not a name of $defs
		{`{"$ref": "#", "$defs": {}}`, false},
		{`{"$ref": "http://example.org/s.json#/$defs/a", "$defs": {"a": {}}}`, false}, // no $id says so
		{`{"title": "t", "description": "d", "$comment": "c", "examples": [1], "default": 1}`, true},
		{`{"unevaluatedItems": false}`, false},
		{`{"patternProperties": {"^x-": true}}`, false},
		{`{"format": "uri-reference"}`, false},
	} {
		_, err := Compile([]byte(tc.sch))
		if (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrSchema)) {
			t.Errorf("Compile(%s) = %v, want ok=%v", tc.sch, err, tc.ok)
		}
	}
}
