import { describe, expect, it } from 'vitest';
import { sniff } from '../../../src/node/sources/sniff';

const bytes = (...parts: (number[] | string)[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('telling a file type from its bytes', () => {
  it('recognises the evidence a fact-checker attaches', () => {
    expect(sniff(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'rest'))?.mime).toBe('image/png');
    expect(sniff(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))?.mime).toBe('image/jpeg');
    expect(sniff(bytes('GIF89a', [1, 0]))?.mime).toBe('image/gif');
    expect(sniff(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))?.mime).toBe('image/webp');
    expect(sniff(bytes('%PDF-1.7\n'))?.mime).toBe('application/pdf');
    expect(sniff(bytes([0, 0, 0, 0x20], 'ftypisom'))?.mime).toBe('video/mp4');
    expect(sniff(bytes('PK', [3, 4], 'xxxxxxxxxxxxxxxxxxxxxxxxxx[Content_Types].xml word/document.xml'))?.kind).toBe('Word document');
    expect(sniff(new TextEncoder().encode('Transcript: «Nous allons donner la priorité…»'))).toEqual({ mime: 'text/plain', kind: 'Text' });
  });

  it('ignores the name: a renamed program is refused, and HTML is kept only as text', () => {
    expect(sniff(bytes('MZ', [0x90, 0, 3, 0, 0, 0]))).toBeNull(); // Windows executable
    expect(sniff(bytes([0x7f], 'ELF', [2, 1, 1, 0]))).toBeNull();
    expect(sniff(bytes('#!/bin/sh\nrm -rf ~\n'))).toBeNull();
    expect(sniff(bytes([0xde, 0xad, 0xbe, 0xef, 0, 1, 2]))).toBeNull();
    expect(sniff(new Uint8Array())).toBeNull();
    expect(sniff(bytes('<!DOCTYPE html><script>alert(1)</script>'))?.mime).toBe('text/plain');
  });
});
