//go:build !unix

package main

import "os"

// input is an open file; on Unix systems see input_unix.go.
type input = os.File

// openFile opens a file for reading, with its size (-1 when it is not a
// regular file).
func openFile(name string) (*input, int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, -1, err
	}
	size := int64(-1)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	return f, size, nil
}
