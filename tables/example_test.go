package tables_test

import (
	"bytes"
	"fmt"
	"io"

	"github.com/newsdoc/newsdoc"
	"github.com/newsdoc/newsdoc/tables"
)

func ExampleWriter() {
	src := " date 2018-04 Een kop Jan Jansen\n\n05 april 2018\n\n00u54 2 Internet \"Het is zo\", zei Jan Peeters.\n"
	a, err := newsdoc.Parse([]byte(src))
	if err != nil {
		panic(err)
	}
	var bufs [tables.NumTables]bytes.Buffer
	var ws [tables.NumTables]io.Writer
	for i := range bufs {
		ws[i] = &bufs[i]
	}
	w := tables.NewWriter(ws, tables.CSV, tables.Options{})
	if err := w.Write(a, "a.txt"); err != nil {
		panic(err)
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	fmt.Print(bufs[tables.Blocks].String())
	fmt.Print(bufs[tables.People].String())
	// Output:
	// article_id,block,kind,text,start,end
	// a.txt#0,0,paragraph,"""Het is zo"", zei Jan Peeters.",66,95
	// article_id,person,name,mentions
	// a.txt#0,0,Jan Peeters,1
}
