//go:build unix

package main

import (
	"io"
	"io/fs"
	"syscall"
)

// input is a file opened with open(2) itself, not os.Open: os.Open makes
// a file non-blocking and offers it to the network poller, which refuses
// a regular file; that was four fcntl calls and an epoll_ctl a file, half
// of the system calls it took to read one, and a lock in the runtime's
// poller that all workers took.
type input struct{ fd int }

// openFile opens a file for reading, with its size (-1 when it is not a
// regular file); its errors are those of os.Open.
func openFile(name string) (*input, int64, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, -1, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	size := int64(-1)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		size = st.Size
	}
	return &input{fd}, size, nil
}

// Read reads as os.File.Read does, with io.EOF at the end; its errors are
// the bare errno values.
func (in *input) Read(b []byte) (int, error) {
	if len(b) > 1<<30 {
		b = b[:1<<30] // some systems refuse larger reads, as os.File knows
	}
	for {
		n, err := syscall.Read(in.fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 && len(b) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (in *input) Close() error { return syscall.Close(in.fd) }
