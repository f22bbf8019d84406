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
		{`[]`, false},                       // type
		{`{"n": 1, "kind": "a"} {}`, false}, // two values
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
		`{"properties": {"a": 3}}`,
		`[`,
	} {
		if _, err := Compile([]byte(sch)); !errors.Is(err, ErrSchema) {
			t.Errorf("Compile(%s) = %v, want ErrSchema", sch, err)
		}
	}
}
