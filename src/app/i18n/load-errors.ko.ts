/**
 * Why a dataset could not be loaded, by InputError code, in Korean: what happened and what to fix. The
 * decoder's or server's own (English) text stays available under "기술 정보" for whoever fixes the data.
 */
export const loadErrorsKo = {
  'load.details': '기술 정보',
  'load.err.network':
    '데이터를 가져오지 못했습니다. 서버에 연결할 수 없거나, 서버가 이 페이지의 읽기를 허용하지 않거나(CORS: 버킷이나 서버가 이 사이트에 대해 Access-Control-Allow-Origin 헤더를 보내야 합니다), 이 배포의 보안 정책에 그 주소가 없습니다(관리자에게 EXPORT_INTEL_DATA_ORIGINS에 추가해 달라고 요청하세요).',
  'load.err.http-404':
    '그 주소에 파일이 없습니다(HTTP 404). 데이터셋 주소와 manifest.json의 파일 경로를 확인하세요.',
  'load.err.http-403':
    '접근이 거부되었습니다(HTTP 403). 객체를 공개로 설정하거나 사전 서명 URL을 사용하세요.',
  'load.err.http': '서버가 요청을 거부했습니다. 주소와 서버 설정을 확인하세요.',
  'load.err.html-instead-of-data':
    '서버가 Parquet 파일 대신 HTML 페이지를 보냈습니다(없는 파일에 대한 정적 호스트의 대체 페이지일 수 있습니다). 주소와 manifest.json의 경로를 확인하세요.',
  'load.err.manifest-html':
    'manifest.json 대신 HTML 페이지가 왔습니다. 주소가 데이터셋 폴더(manifest.json이 있는 곳)를 가리키는지 확인하세요.',
  'load.err.manifest-json': 'manifest.json이 올바른 JSON이 아닙니다. 파일을 JSON 검사기로 확인하세요.',
  'load.err.manifest-shape':
    'manifest.json의 형식이 계약과 다릅니다("contract"와 "tables"가 필요합니다). 데이터 계약 문서의 예시를 참고하세요.',
  'load.err.manifest-contract':
    '이 데이터셋은 이 앱이 읽는 계약(export-intel/1)이 아닙니다. 데이터를 export-intel/1 형식으로 다시 내보내세요.',
  'load.err.manifest-path':
    'manifest.json의 파일 경로가 올바르지 않습니다. 데이터셋 폴더 안의 파일 이름만 쓰세요.',
  'load.err.too-large':
    '파일이 브라우저에서 한 번에 불러올 수 있는 크기보다 큽니다. 더 작은 추출본을 사용하세요.',
  'load.err.stalled':
    '서버가 데이터를 보내다가 멈췄습니다(30초 동안 아무것도 오지 않음). 잠시 뒤 다시 시도하거나 서버 상태를 확인하세요.',
  'load.err.manifest-too-large':
    'manifest.json이 한도(1 MiB)보다 큽니다. manifest에는 표 목록만 들어가야 합니다.',
  'load.err.manifest-tables': 'manifest.json에 표가 너무 많습니다(최대 64개). 데이터셋의 표만 나열하세요.',
  'load.err.too-large-for-browser':
    '이 데이터셋은 브라우저에서 분석하기에 너무 큽니다(수출기업 {maxExporters}곳, 모든 표를 합쳐 {maxRows}행까지 다룰 수 있습니다). manifest.json의 행 수를 보고, 기다리지 않도록 데이터 파일을 하나도 받기 전에 멈췄습니다. 네이티브 DuckDB를 쓰는 명령줄 도구는 이 크기를 처리합니다. 데이터셋 폴더를 내려받은 뒤 아래 명령을 실행하세요.',
  'load.err.too-large-for-browser-footer':
    '이 데이터셋은 브라우저에서 분석하기에 너무 큽니다(수출기업 {maxExporters}곳, 모든 표를 합쳐 {maxRows}행까지 다룰 수 있습니다). manifest.json에 행 수가 없는 표가 있어 그 파일을 받아 Parquet 파일 끝부분에 적힌 행 수를 읽었고, 해독하기 전에 멈췄습니다. 네이티브 DuckDB를 쓰는 명령줄 도구는 이 크기를 처리합니다. 데이터셋 폴더를 내려받은 뒤 아래 명령을 실행하세요.',
  'load.cli.folder': '<데이터셋 폴더>',
  'load.cli.copy': '명령 복사',
  'load.cli.copied': '명령을 복사했습니다.',
  'load.cli.copyFailed': '복사하지 못했습니다. 명령을 직접 선택해 복사하세요.',
  'load.err.url-empty': '데이터셋 폴더의 주소를 입력하세요(그 안에 manifest.json이 있어야 합니다).',
  'load.err.url-invalid': '올바른 주소가 아닙니다. http:// 또는 https://로 시작하는 주소를 입력하세요.',
  'load.err.kept-verify-failed':
    '기기에 저장한 사본을 다시 열어 보니 받은 파일과 달라 보관하지 않았습니다(저장 공간이 부족하거나 기기 저장소에 문제가 있을 수 있습니다). 공간을 비운 뒤 다시 보관하세요.',
  'load.err.sha256-mismatch':
    '파일 내용이 manifest.json의 sha256과 다릅니다(전송 중 손상되었거나 파일이 바뀌었습니다). 파일을 다시 올리거나 manifest를 새로 만드세요.',
  'load.err.no-files':
    '불러올 Parquet 파일이 없습니다. .parquet 파일(과 선택적으로 manifest.json)을 고르세요.',
  'load.err.unknown-table':
    '계약에 없는 표 이름의 파일이 있습니다. 파일 이름을 계약의 표 이름과 같게 하세요.',
  'load.err.unreadable-file': '파일을 읽을 수 없습니다. 파일이 손상되지 않았는지 확인하세요.',
  'load.err.file-read': '파일을 읽을 수 없습니다. 파일이 손상되지 않았는지 확인하세요.',
  'load.err.bad-footer': 'Parquet 파일이 아니거나 파일 끝부분이 잘렸습니다. 파일을 다시 내보내세요.',
  'load.err.corrupt-data': 'Parquet 파일의 데이터가 손상되었습니다. 파일을 다시 내보내세요.',
  'load.err.unsupported-codec':
    '이 Parquet 파일은 브라우저에서 풀 수 없는 압축 방식을 씁니다. Snappy, Gzip 또는 Zstd로 다시 내보내세요.',
  'load.err.unsupported-type':
    '이 Parquet 파일에는 읽을 수 없는 열 형식이 있습니다. 계약의 열 형식으로 다시 내보내세요.',
  'load.err.decoder-crashed': 'Parquet 해독기가 이 파일에서 멈췄습니다. 파일을 다시 내보내세요.',
} as const;
