package pipeline

import (
	"bufio"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"reflect"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// ShardName returns the path of shard i of n of the output name, in the
// pattern Beam's own file sinks use.
func ShardName(prefix, name string, i, n int, ext string) string {
	return fmt.Sprintf("%s%s-%05d-of-%05d%s", prefix, name, i, n, ext)
}

// write writes col, a PCollection of pieces, as n files named by
// ShardName, each starting with the CSV header row when header is not nil
// and holding its pieces sorted by key and index.
//
// textio.Write of the Go SDK writes a single file, and the file sinks that
// shard are not in the Go SDK, hence this one: a group by shard number,
// then one write per shard.
func write(s beam.Scope, col beam.PCollection, prefix, name, ext string, header []string, n int) {
	keyed := beam.ParDo(s, &shardFn{N: n}, col)
	// An empty marker per shard makes every shard exist, so that a reader
	// globbing the files, or checking for all n of them, sees them all.
	marks := beam.ParDo(s, &markFn{N: n}, beam.Impulse(s))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, marks))
	h := ""
	if header != nil {
		h = csvLine(header)
	}
	beam.ParDo0(s, &writeFn{Prefix: prefix, Name: name, Ext: ext, Header: h, N: n}, grouped)
}

// shardFn picks a piece's shard from its key and index alone, so that an
// article's rows land in the same shard number in every output.
type shardFn struct{ N int }

func (f *shardFn) ProcessElement(p piece) (int, piece) {
	h := fnv.New64a()
	h.Write([]byte(p.Key))
	h.Write(binary.LittleEndian.AppendUint64(nil, uint64(p.Index)))
	return int(h.Sum64() % uint64(f.N)), p
}

type markFn struct{ N int }

func (f *markFn) ProcessElement(_ []byte, emit func(int, piece)) {
	for i := range f.N {
		emit(i, piece{Index: -1})
	}
}

type writeFn struct {
	Prefix, Name, Ext, Header string
	N                         int
}

func (f *writeFn) ProcessElement(ctx context.Context, shard int, pieces func(*piece) bool) error {
	var all []piece
	var p piece
	for pieces(&p) {
		if p.Text != "" {
			all = append(all, p)
		}
	}
	// Sorted so that a rerun, on any runner, writes the same bytes.
	slices.SortFunc(all, func(a, b piece) int {
		return cmp.Or(cmp.Compare(a.Key, b.Key), cmp.Compare(a.Index, b.Index), cmp.Compare(a.Text, b.Text))
	})
	name := ShardName(f.Prefix, f.Name, shard, f.N, f.Ext)
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	// The file is written whole each time: a retried bundle replaces what
	// a failed attempt left.
	w, err := fsys.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString(f.Header)
	for _, p := range all {
		bw.WriteString(p.Text)
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func init() {
	// By type: see the init of pipeline.go.
	beam.RegisterDoFn(reflect.TypeOf((*shardFn)(nil)).Elem())
	beam.RegisterDoFn(reflect.TypeOf((*markFn)(nil)).Elem())
	beam.RegisterDoFn(reflect.TypeOf((*writeFn)(nil)).Elem())
	register.Emitter2[int, piece]()
	register.Iter1[piece]()
}
