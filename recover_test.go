package newsdoc

import (
	"errors"
	"strings"
	"testing"
)

// A fault inside newsdoc costs the input it met it in, as an
// ErrInternal error at the article's position, not the program; a panic
// in the caller's own code, which runs inside the parse, is the caller's
// and goes on up.
func TestRecover(t *testing.T) {
	const src = " date 2019-01 Storm legt treinverkeer stil Redactie\n\n10 januari 2019\n\nEr rijden geen treinen.\n" +
		" date 2019-01 Storm disrupts rail services Reuters\n\n10 January 2019\n\nNo trains run.\n"
	buildHook = func(text string) {
		if strings.Contains(text, "No trains") {
			panic("fault")
		}
	}
	defer func() { buildHook = nil }()
	var p Parser

	var got []string
	var gotErr error
	for a, err := range p.Articles([]byte(src)) {
		if err != nil {
			gotErr = err
			continue
		}
		got = append(got, a.Headline.Text)
	}
	var pe *ParseError
	if !errors.Is(gotErr, ErrInternal) || !errors.As(gotErr, &pe) || pe.Pos.Line != 6 {
		t.Fatalf("Articles: error %v, want ErrInternal at the second article's line", gotErr)
	}
	if len(got) != 1 || got[0] != "Storm legt treinverkeer stil" {
		t.Errorf("Articles gave %q before the fault, want the first article", got)
	}

	err := p.Each([]byte(src), func(*Article) error { return nil })
	if !errors.Is(err, ErrInternal) {
		t.Errorf("Each: %v, want ErrInternal", err)
	}
	if _, err := p.Parse([]byte("Storm\n\nNo trains run.\n")); !errors.Is(err, ErrInternal) {
		t.Errorf("Parse: %v, want ErrInternal", err)
	}

	buildHook = nil
	for _, tc := range []struct {
		name string
		run  func()
	}{
		{"Each's fn", func() { p.Each([]byte(src), func(*Article) error { panic("caller") }) }},
		{"a range loop's body", func() {
			for range p.Articles([]byte(src)) {
				panic("caller")
			}
		}},
	} {
		func() {
			defer func() {
				if r := recover(); r != "caller" {
					t.Errorf("%s: recovered %v, want the caller's own panic", tc.name, r)
				}
			}()
			tc.run()
		}()
	}
}
