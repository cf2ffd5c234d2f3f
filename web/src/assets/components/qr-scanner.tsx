import { Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { assetsText as text } from '../messages';

interface DetectedCode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedCode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorClass | undefined {
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
}

/**
 * Reads a label's QR code with the camera where the browser offers BarcodeDetector; elsewhere it
 * shows nothing and the officer types the number.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const Detector = detectorClass();
    if (!scanning || !Detector) return;
    const detector = new Detector({ formats: ['qr_code'] });
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    void navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then((media) => {
      stream = media;
      if (!video.current) return;
      video.current.srcObject = media;
      void video.current.play();
      timer = window.setInterval(() => {
        if (!video.current) return;
        void detector.detect(video.current).then((codes) => {
          if (!codes.length) return;
          onCode(codes[0].rawValue);
          setScanning(false);
        });
      }, 400);
    });
    return () => {
      window.clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, onCode]);
  if (!detectorClass()) return null;
  return (
    <div>
      <Button onClick={() => setScanning(!scanning)}>{scanning ? text.stopScan : text.scan}</Button>
      {scanning && <video ref={video} muted playsInline style={{ width: '100%', maxWidth: 360, marginTop: 8 }} />}
    </div>
  );
}
