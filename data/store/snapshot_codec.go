package store

import (
	"encoding/binary"
	"errors"
	"time"
	"unsafe"

	"storyline/model"
)

// The snapshot codec writes a timeline as varints and references into a table of
// distinct strings, and reads it back without copying a string: each one points into the
// bytes read from the database, which stay alive as long as the timeline does. Reading a
// million events is then a pass over integers, and the text (titles, sentences, bodies) is
// held once.

var errDamaged = errors.New("damaged snapshot")

type encoder struct {
	strs map[string]uint64
	pool []byte // the strings, each as a length and its bytes
	nstr uint64
	body []byte
	docs []byte // the documents, apart so that they can be read beside the events
}

func newEncoder() *encoder { return &encoder{strs: map[string]uint64{"": 0}, nstr: 1, pool: []byte{0}} }

func (e *encoder) uint(v uint64) { e.body = binary.AppendUvarint(e.body, v) }
func (e *encoder) int(v int)     { e.body = binary.AppendVarint(e.body, int64(v)) }

func (e *encoder) bool(b bool) {
	if b {
		e.uint(1)
	} else {
		e.uint(0)
	}
}

func (e *encoder) str(s string) {
	id, ok := e.strs[s]
	if !ok {
		id = e.nstr
		e.nstr++
		e.strs[s] = id
		e.pool = binary.AppendUvarint(e.pool, uint64(len(s)))
		e.pool = append(e.pool, s...)
	}
	e.uint(id)
}

func (e *encoder) strList(list []string) {
	e.uint(uint64(len(list)))
	for _, s := range list {
		e.str(s)
	}
}

// time keeps an instant as seconds and nanoseconds in UTC; the zero time is its own mark.
func (e *encoder) time(t time.Time) {
	if t.IsZero() {
		e.uint(0)
		return
	}
	e.uint(1)
	e.body = binary.AppendVarint(e.body, t.Unix())
	e.uint(uint64(t.Nanosecond()))
}

// bytes is the whole snapshot: a magic line, the string table, the documents' section
// with its length first, then the rest.
func (e *encoder) bytes() []byte {
	out := make([]byte, 0, len(snapshotMagic)+binary.MaxVarintLen64*3+len(e.pool)+len(e.docs)+len(e.body))
	out = append(out, snapshotMagic...)
	out = binary.AppendUvarint(out, e.nstr)
	out = append(out, e.pool...)
	out = binary.AppendUvarint(out, uint64(len(e.docs)))
	out = append(out, e.docs...)
	return append(out, e.body...)
}

const snapshotMagic = "storyline timeline snapshot 3\n"

type decoder struct {
	buf  []byte
	at   int
	strs []string
	err  error

	// The arenas the events' lists are cut from (see take).
	spans  []model.Span
	refs   []string
	quotes []int
	also   []model.Event
}

func newDecoder(buf []byte) *decoder {
	d := &decoder{buf: buf}
	if len(buf) < len(snapshotMagic) || string(buf[:len(snapshotMagic)]) != snapshotMagic {
		d.err = errDamaged
		return d
	}
	d.at = len(snapshotMagic)
	n := d.uint()
	if n > uint64(len(buf)) { // each string takes at least a byte
		d.err = errDamaged
		return d
	}
	d.strs = make([]string, n)
	for i := range d.strs {
		size := d.uint()
		if d.err != nil || size > uint64(len(buf)-d.at) {
			d.err = errDamaged
			return d
		}
		if size > 0 {
			d.strs[i] = unsafe.String(&buf[d.at], int(size))
		}
		d.at += int(size)
	}
	return d
}

// split takes the next n bytes off as a decoder of their own, which shares the strings.
func (d *decoder) split(n uint64) *decoder {
	if d.err != nil || n > uint64(len(d.buf)-d.at) {
		d.err = errDamaged
		return &decoder{err: errDamaged}
	}
	end := d.at + int(n)
	sub := &decoder{buf: d.buf[:end], at: d.at, strs: d.strs}
	d.at = end
	return sub
}

// done is the decoder's error, or errDamaged when bytes are left over.
func (d *decoder) done() error {
	if d.err == nil && d.at != len(d.buf) {
		d.err = errDamaged
	}
	return d.err
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.buf[d.at:])
	if n <= 0 {
		d.err = errDamaged
		return 0
	}
	d.at += n
	return v
}

func (d *decoder) int() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.buf[d.at:])
	if n <= 0 {
		d.err = errDamaged
		return 0
	}
	d.at += n
	return int(v)
}

func (d *decoder) bool() bool { return d.uint() == 1 }

func (d *decoder) str() string {
	id := d.uint()
	if id >= uint64(len(d.strs)) {
		d.err = errDamaged
		return ""
	}
	return d.strs[id]
}

// count reads a length, refusing one larger than the bytes left could hold (each item
// takes at least a byte): a damaged snapshot cannot ask for a huge allocation.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.buf)-d.at) {
		d.err = errDamaged
		return 0
	}
	return int(n)
}

func (d *decoder) strList() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) time() time.Time {
	if d.uint() == 0 {
		return time.Time{}
	}
	sec := d.int()
	nsec := d.uint()
	if nsec >= 1e9 {
		d.err = errDamaged
		return time.Time{}
	}
	return time.Unix(int64(sec), int64(nsec)).UTC()
}
